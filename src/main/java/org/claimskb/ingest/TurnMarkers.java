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
 * quote ({@code > }). A Japanese interview's {@code ――} questions become {@code Q:} turns and the
 * paragraph after each an {@code A:} turn.
 */
final class TurnMarkers {
    private TurnMarkers() {}

    private static final Pattern INLINE_TIME = Pattern.compile("[(\\[](\\d{1,2}:\\d{2}(?::\\d{2})?)[)\\]]");
    private static final Pattern MARK = Pattern.compile(">\\s?>");
    private static final Pattern TOKEN = Pattern.compile(INLINE_TIME.pattern() + "|" + MARK.pattern());

    /**
     * A Japanese interview's question mark: a paragraph opening with a long dash pair
     * ({@code ――AIの需要はいつまで続きますか。}); the paragraphs after it, up to the next, are the answer.
     */
    private static final Pattern DASHED_QUESTION = Pattern.compile("^[ \\t\u3000]*[―—─]{2}[ \\t\u3000]*(?=\\S)");

    /**
     * The body with its {@code >>} turns as paragraphs, its inline times moved to the turns' starts,
     * and a dashed interview's questions and answers labelled {@code Q:} and {@code A:} (role labels).
     */
    static String normalise(String body) {
        return turnMarks(dashedInterview(body));
    }

    /**
     * {@code ――question} paragraphs as {@code Q:} turns and the first paragraph after each as an
     * {@code A:} turn (the paragraphs after that one stay in the answer's turn). Headings end nothing.
     */
    private static String dashedInterview(String body) {
        if (body.lines().noneMatch(l -> DASHED_QUESTION.matcher(l).find())) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        boolean answerDue = false;
        boolean paragraphStart = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                paragraphStart = true;
                continue;
            }
            Matcher q = DASHED_QUESTION.matcher(line);
            if (q.find()) {
                lines[i] = "Q: " + line.substring(q.end());
                answerDue = true;
            } else if (answerDue && paragraphStart && !line.stripLeading().startsWith("#")) {
                lines[i] = "A: " + line.strip();
                answerDue = false;
            }
            paragraphStart = false;
        }
        return String.join("\n", lines);
    }

    /** The body with its {@code >>} turns as paragraphs and its inline times moved to the turns' starts. */
    private static String turnMarks(String body) {
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
