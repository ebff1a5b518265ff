package org.claimskb.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions in a transcript. An interviewer's sentence is a question when it ends with {@code ?} or
 * {@code ？}, or holds a request cue ({@code could you}, {@code walk us through}; {@code 教えてください},
 * {@code でしょうか}; {@code 請問}, {@code 谈谈}, {@code 吗}: the word lists {@code question-cues-en/ja/zh.txt}).
 * A statement ending in a tag ({@code "It's simple, right?"}, {@code 很簡單，對吧？}, {@code ですよね？};
 * {@code tag-questions-en/ja/zh.txt}) is not a question: the tag is cut and the statement kept.
 */
final class Questions {
    private static final Pattern MARK = Pattern.compile("[?？]\\s*[\"'”」』)）]*\\s*$");
    private static final List<String> TAGS = WordLists.lines("tag-questions").stream()
            .sorted((a, b) -> b.length() - a.length()).toList();
    private static final Pattern CUES = WordLists.phrases("question-cues", null);

    private Questions() {}

    /** Whether the sentence ends with a question mark. */
    static boolean marked(String sentence) {
        return MARK.matcher(sentence).find();
    }

    /** Whether an interviewer's sentence asks something: a question mark or a request cue. */
    static boolean asks(String sentence) {
        return marked(sentence) || CUES.matcher(sentence).find();
    }

    /**
     * The statement inside a tag question ({@code "It's very simple, right?"} gives {@code "It's very
     * simple."}), or empty when the sentence does not end in a tag.
     */
    static Optional<String> untagged(String sentence) {
        String s = sentence.strip();
        if (!marked(s)) {
            return Optional.empty();
        }
        String body = s.substring(0, lastMark(s)).stripTrailing();
        for (String tag : TAGS) {
            int at = body.length() - tag.length();
            if (at > 0 && body.regionMatches(true, at, tag, 0, tag.length())) {
                String before = body.substring(0, at).stripTrailing();
                if (!before.isEmpty() && separated(before, tag)) {
                    String kept = trimSeparator(before);
                    return kept.isBlank() ? Optional.empty() : Optional.of(kept + fullStop(kept));
                }
            }
        }
        return Optional.empty();
    }

    /** A Latin tag follows a comma ("…, right"); a CJK tag a comma or nothing ("簡單，對吧", "ですよね"). */
    private static boolean separated(String before, String tag) {
        char last = before.charAt(before.length() - 1);
        boolean comma = last == ',' || last == '，' || last == '、';
        return comma || tag.charAt(0) > 0x2E80 && Character.isLetter(last);
    }

    private static String trimSeparator(String before) {
        String t = before;
        while (!t.isEmpty() && ",，、 ".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String fullStop(String kept) {
        return kept.charAt(kept.length() - 1) > 0x2E80 ? "。" : ".";
    }

    private static int lastMark(String s) {
        return Math.max(s.lastIndexOf('?'), s.lastIndexOf('？'));
    }
}
