package org.claimskb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts that mark a change of speaker with {@code >>} rather than a name (closed captions,
 * copied YouTube transcripts) and put clock times inside the running text
 * ({@code (00:00:09) >> nice to be here. (00:00:10) >> Thanks. Welcome to the (00:00:12) show}).
 * Each {@code >>} starts a paragraph of its own (a turn), opening with the last time before it
 * ({@code [00:00:10]}); the times inside a turn are dropped, so a sentence the times cut is one
 * sentence again. A line with neither (or with one time only) is left as it is, and so is a Markdown
 * quote ({@code > }).
 */
final class TurnMarkers {
    private TurnMarkers() {}

    private static final Pattern INLINE_TIME = Pattern.compile("[(\\[](\\d{1,2}:\\d{2}(?::\\d{2})?)[)\\]]");
    private static final Pattern MARK = Pattern.compile(">\\s?>");
    private static final Pattern TOKEN = Pattern.compile(INLINE_TIME.pattern() + "|" + MARK.pattern());

    /** The body with its {@code >>} turns as paragraphs and its inline times moved to the turns' starts. */
    static String normalise(String body) {
        if (body.indexOf('>') < 0 && !INLINE_TIME.matcher(body).find()) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 64);
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(rolling(lines[i]) ? turns(lines[i]) : lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Whether the line holds a {@code >>} turn mark, or two clock times or more with words between
     * them. (One time is a heading's, a label's or a line's: {@code ## [05:03] Racks},
     * {@code Lisa Su (00:12):}, read by {@link Segmenter}.)
     */
    private static boolean rolling(String line) {
        if (MARK.matcher(line).find()) {
            return true;
        }
        Matcher t = INLINE_TIME.matcher(line);
        int times = 0;
        while (t.find()) {
            times++;
        }
        return times >= 2;
    }

    /** The line as paragraphs, one per turn, each opening with its time. */
    private static String turns(String line) {
        StringBuilder out = new StringBuilder();
        StringBuilder turn = new StringBuilder();
        String time = null;
        String turnTime = null;
        Matcher m = TOKEN.matcher(line);
        int last = 0;
        while (m.find()) {
            turn.append(line, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                time = m.group(1);
                if (turn.toString().isBlank()) {
                    turnTime = time; // a time before a turn's first words is the turn's
                }
                continue;
            }
            flush(out, turn, turnTime);
            turnTime = time;
        }
        turn.append(line, last, line.length());
        flush(out, turn, turnTime);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder turn, String time) {
        String words = turn.toString().replaceAll("\\s+", " ").strip();
        if (!words.isEmpty()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(time == null ? "" : "[" + time + "] ").append(words);
        }
        turn.setLength(0);
    }
}
