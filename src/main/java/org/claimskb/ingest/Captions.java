package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caption file (WebVTT, as podcast hosts serve transcripts, or SubRip {@code .srt}) read as the
 * transcript {@code claims add} takes: cues are joined into paragraphs, each opening with its
 * first cue's time ({@code [12:03]}), and a new paragraph starts where the voice changes
 * ({@code <v Lisa Su>}), a cue opens with a speaker label, {@code >>} or a dialogue dash, or a pause follows a
 * finished sentence. A named voice becomes the paragraph's label ({@code **Lisa Su:**}); when
 * the only voices are two anonymous ones ({@code <v Speaker 1>}, {@code <v Speaker 2>}), the
 * one who asks more questions is labelled {@code Q:} and the other {@code A:} (role labels,
 * docs/INGEST.md). Markup, sound notes ({@code [Music]}, {@code ♪ … ♪}) and lines a rolling
 * caption repeats are left out; a WebVTT header's title ({@code WEBVTT - Title}) becomes the
 * front matter's.
 */
final class Captions {
    private Captions() {}

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s+-->\\s+((?:\\d{1,3}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)*\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>|<\\d[\\d:.]*>");
    private static final Pattern SOUND_NOTE = Pattern.compile("\\[[^\\]]{0,40}]|♪[^♪]*♪?|♫[^♫]*♫?");
    /** A voice that names nobody: {@code Speaker 1}, {@code SPEAKER_02}, {@code Unknown}, {@code 2}. */
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)(?:speaker|voice|unknown|spk|person|participant)?[\\s_-]*\\d*");
    /** A pause this long after a finished sentence starts a new paragraph. */
    private static final long PAUSE_MILLIS = 2_000;
    /** A paragraph this long ends at its next finished sentence. */
    private static final int PARAGRAPH_CHARS = 900;

    /**
     * Whether the text is a caption file: it opens with {@code WEBVTT}, or with a SubRip cue (a
     * number, then a {@code 00:00:01,000 --> 00:00:04,000} line), or the file is named
     * {@code .vtt} or {@code .srt} and holds a timing line.
     */
    static boolean is(String fileName, String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0).replace("\ufeff", "");
        if (first.startsWith("WEBVTT")) {
            return true;
        }
        if (first.matches("\\d{1,6}") && lines.size() > 1 && TIMING.matcher(lines.get(1)).find()) {
            return true;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return (name.endsWith(".vtt") || name.endsWith(".srt")) && text.lines().anyMatch(l -> TIMING.matcher(l).find());
    }

    /** One cue: when it starts and ends, whose voice, and its text. */
    private record Cue(long start, long end, String voice, String text, boolean turn) {}

    /** The captions as a transcript, and a note for the reviewer when their voices could not be told apart, or null. */
    record Read(String text, String note) {}

    /** The captions as front matter (a title, if the header has one) and Markdown paragraphs. */
    static Read asTranscript(String text) {
        String title = null;
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.replace("\ufeff", "").split("\n", -1);
        String lastLine = null;
        String lastVoice = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("WEBVTT")) {
                String rest = line.substring("WEBVTT".length()).replaceFirst("^\\s*[-–—:]?\\s*", "").strip();
                title = rest.isEmpty() ? null : rest;
                continue;
            }
            Matcher timing = TIMING.matcher(line);
            if (!timing.find()) {
                continue; // cue numbers and ids, NOTE/STYLE/REGION blocks, header settings
            }
            long start = millis(timing.group(1));
            long end = millis(timing.group(2));
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                String raw = lines[i].strip();
                Matcher voice = VOICE.matcher(raw);
                String v = voice.find() ? voice.group(1).strip() : lastVoice;
                // ">>" (closed captions) and a dialogue dash (SubRip) mark a new speaker.
                boolean turn = raw.startsWith(">>") || raw.startsWith("&gt;&gt;") || raw.startsWith("- ");
                String words = clean(raw);
                if (words.isEmpty() || words.equals(lastLine)) {
                    continue; // a sound note, or the line a rolling caption shows again
                }
                turn |= SpeakerLabel.startsLine(words);
                cues.add(new Cue(start, end, v, words, turn));
                lastLine = words;
                lastVoice = v;
            }
        }
        Map<String, String> labels = labels(cues);
        StringBuilder out = new StringBuilder(FrontMatter.write(java.util.Collections.singletonMap("title", title)));
        StringBuilder paragraph = new StringBuilder();
        Cue previous = null;
        for (Cue cue : cues) {
            boolean breaks = previous == null || cue.turn() || !Objects.equals(cue.voice(), previous.voice())
                    || finished(paragraph) && (cue.start() - previous.end() >= PAUSE_MILLIS
                    || paragraph.length() >= PARAGRAPH_CHARS);
            if (breaks) {
                flush(out, paragraph);
                paragraph.append('[').append(clock(cue.start())).append("] ");
                String label = cue.voice() == null ? null : labels.get(cue.voice());
                if (label != null && !cue.turn()) {
                    paragraph.append("**").append(label).append(":** ");
                }
            } else {
                paragraph.append(' ');
            }
            paragraph.append(cue.text());
            previous = cue;
        }
        flush(out, paragraph);
        long voices = cues.stream().map(Cue::voice).filter(Objects::nonNull).distinct().count();
        String note = voices > 0 && labels.isEmpty()
                ? "the captions' " + voices + " voices are anonymous: turns are not told apart by speaker; set each claim's speaker"
                : null;
        return new Read(out.toString(), note);
    }

    /**
     * The label each voice's paragraphs open with: a named voice's name; for exactly two anonymous
     * voices, {@code Q} for the one whose lines ask more (question marks) and {@code A} for the
     * other; none otherwise.
     */
    private static Map<String, String> labels(List<Cue> cues) {
        Map<String, int[]> asks = new LinkedHashMap<>();
        for (Cue c : cues) {
            if (c.voice() != null) {
                int[] n = asks.computeIfAbsent(c.voice(), k -> new int[1]);
                n[0] += (int) c.text().chars().filter(ch -> ch == '?' || ch == '？').count();
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> anonymous = new ArrayList<>();
        for (String voice : asks.keySet()) {
            if (ANONYMOUS.matcher(voice).matches()) {
                anonymous.add(voice);
            } else {
                out.put(voice, voice);
            }
        }
        if (out.isEmpty() && anonymous.size() == 2) {
            int first = asks.get(anonymous.get(0))[0];
            int second = asks.get(anonymous.get(1))[0];
            if (first != second) {
                out.put(anonymous.get(first > second ? 0 : 1), "Q");
                out.put(anonymous.get(first > second ? 1 : 0), "A");
            }
        }
        return out;
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            out.append(paragraph).append("\n\n");
            paragraph.setLength(0);
        }
    }

    /** Whether the paragraph so far ends a sentence. */
    private static boolean finished(CharSequence paragraph) {
        for (int i = paragraph.length() - 1; i >= 0; i--) {
            char c = paragraph.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '」' || c == ')' || c == ' ') {
                continue;
            }
            return ".!?。！？…".indexOf(c) >= 0;
        }
        return false;
    }

    /** A cue line's words: markup, {@code >>} and sound notes out, entities decoded, spaces collapsed. */
    private static String clean(String raw) {
        String t = TAG.matcher(raw).replaceAll("");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        t = t.replaceFirst("^\\s*>>\\s*", "");
        t = SOUND_NOTE.matcher(t).replaceAll(" ");
        t = t.replaceFirst("^\\s*-\\s+", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** {@code 1:02:03.500}, {@code 02:03,500} as milliseconds. */
    private static long millis(String time) {
        String[] parts = time.replace(',', '.').split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        long minutes = Long.parseLong(parts[parts.length - 2]);
        long hours = parts.length > 2 ? Long.parseLong(parts[0]) : 0;
        return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
    }

    /** A time as the transcripts' {@code 12:03} or {@code 1:02:03}. */
    private static String clock(long millis) {
        long s = millis / 1000;
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%02d:%02d", m, sec);
    }
}
