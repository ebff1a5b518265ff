package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker labels that name nobody, as speech-to-text services write them ({@code Speaker 1:},
 * {@code SPEAKER_00:}, {@code Spk 2 (00:12):}). When a text's anonymous labels are two voices,
 * the one whose turns ask more (question marks) becomes {@code Q:} and the other {@code A:}, so
 * the role labels give the turns to the interviewer and the guest (docs/INGEST.md, "Turn-taking");
 * otherwise the labels are cut, and their turns are read like unlabelled text. Lines keep their
 * places, so line numbers stay those of the file.
 */
final class AnonymousVoices {
    private AnonymousVoices() {}

    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?";
    private static final Pattern LABEL = Pattern.compile("(?m)^(?<pre>[ \\t]*(?:[-*•][ \\t]+)?(?:\\[" + TIME + "][ \\t]*)?"
            + "(?:\\*\\*|__)?)(?<voice>(?i:speaker|spk|voice|participant|person)[ _-]?\\d{1,2})"
            + "(?<time>[ \\t]*[(\\[]" + TIME + "[)\\]])?(?<end>[ \\t]*(?:\\*\\*|__)?[ \\t]*[:：][ \\t]*(?:\\*\\*|__)?)");

    /** The body with its anonymous labels as role labels, or cut (see the class comment). */
    static String relabel(String body) {
        Matcher m = LABEL.matcher(body);
        List<int[]> spans = new ArrayList<>();
        List<String> voices = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end(), m.start("voice"), m.end("voice")});
            voices.add(key(m.group("voice")));
        }
        if (voices.isEmpty()) {
            return body;
        }
        Map<String, Integer> asks = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            int from = spans.get(i)[1];
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : body.length();
            asks.merge(voices.get(i), questions(body.substring(from, to)), Integer::sum);
        }
        Map<String, String> role = roles(asks);
        StringBuilder out = new StringBuilder(body.length());
        int last = 0;
        m.reset();
        for (int i = 0; m.find(); i++) {
            out.append(body, last, m.start());
            String label = role.get(voices.get(i));
            String time = m.group("time") == null ? "" : m.group("time").strip();
            out.append(m.group("pre"));
            if (!time.isEmpty()) {
                out.append('[').append(time, 1, time.length() - 1).append("] "); // "Speaker 1 (02:15):" is timed
            }
            if (label != null) {
                out.append(label).append(m.group("end"));
            }
            last = m.end();
        }
        return out.append(body, last, body.length()).toString();
    }

    /** A voice's name that names nobody: {@code Speaker 1}, {@code SPEAKER_02}, {@code Unknown}, {@code 2} (captions' {@code <v>}). */
    private static final Pattern ANONYMOUS = Pattern.compile("(?i)(?:speaker|voice|unknown|spk|person|participant)?[\\s_-]*\\d*");

    /** Whether a voice's name names nobody ({@link #ANONYMOUS}). */
    static boolean anonymous(String voice) {
        return ANONYMOUS.matcher(voice).matches();
    }

    /** How many question marks the words hold: who asks more is the interviewer. */
    static int questions(String words) {
        return (int) words.chars().filter(c -> c == '?' || c == '？').count();
    }

    /**
     * Role labels for anonymous voices, by how many questions each asked (in first-heard order):
     * {@code Q} and {@code A} for two voices that ask unequally; nothing otherwise.
     */
    static Map<String, String> roles(Map<String, Integer> asks) {
        if (asks.size() != 2) {
            return Map.of();
        }
        List<String> two = List.copyOf(asks.keySet());
        int first = asks.get(two.get(0));
        int second = asks.get(two.get(1));
        if (first == second) {
            return Map.of();
        }
        String asker = first > second ? two.get(0) : two.get(1);
        String answerer = first > second ? two.get(1) : two.get(0);
        return Map.of(asker, "Q", answerer, "A");
    }

    /** {@code SPEAKER_01}, {@code Speaker 1} and {@code speaker-1} are one voice. */
    private static String key(String voice) {
        String v = voice.toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
        return v.replaceAll("(\\D)0+(\\d)", "$1$2");
    }
}
