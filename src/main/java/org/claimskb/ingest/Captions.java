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
        Parsed parsed = parse(text);
        Map<String, String> labels = labels(parsed.cues());
        String body = paragraphs(parsed.cues(), labels);
        long voices = parsed.cues().stream().map(Cue::voice).filter(Objects::nonNull).distinct().count();
        String note = voices > 0 && labels.isEmpty()
                ? "the captions' " + voices + " voices are anonymous: turns are not told apart by speaker; set each claim's speaker"
                : null;
        return new Read(FrontMatter.write(java.util.Collections.singletonMap("title", parsed.title())) + body, note);
    }

    /** A caption file's header title (or null) and its cues with words, in order. */
    private record Parsed(String title, List<Cue> cues) {}

    /**
     * The header's title and the cues: cue numbers and ids, NOTE/STYLE/REGION blocks, sound notes
     * and a line a rolling caption shows again are left out.
     */
    private static Parsed parse(String text) {
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
        return new Parsed(title, cues);
    }

    /** The cues joined into paragraphs, each opening with its time and its voice's label (see the class comment). */
    private static String paragraphs(List<Cue> cues, Map<String, String> labels) {
        StringBuilder out = new StringBuilder();
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
        return out.toString();
    }

    /**
     * The label each voice's paragraphs open with: a named voice's name; when every voice is
     * anonymous, the role labels {@link AnonymousVoices#roles} gives them ({@code Q} and {@code A}
     * for two that ask unequally); none otherwise.
     */
    private static Map<String, String> labels(List<Cue> cues) {
        Map<String, Integer> asks = new LinkedHashMap<>();
        for (Cue c : cues) {
            if (c.voice() != null) {
                asks.merge(c.voice(), AnonymousVoices.questions(c.text()), Integer::sum);
            }
        }
        Map<String, String> named = new LinkedHashMap<>();
        asks.keySet().stream().filter(v -> !AnonymousVoices.anonymous(v)).forEach(v -> named.put(v, v));
        return named.isEmpty() ? AnonymousVoices.roles(asks) : named;
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
