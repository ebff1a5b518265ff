package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.EntityKind;
import org.claimskb.model.KnowledgeBase;

/**
 * What a drafted quantity is about ({@code quantity.subject}): numbers are compared across claims
 * by subject and metric, so the subject should be the thing measured, never who said it. In order:
 * <ol>
 * <li>the company the speaker speaks for, when the sentence opens with "our" ({@code Our AI GPU
 *     revenue grew 60%} from AMD's CEO is about {@code amd}; "we expect the market to …" is not);</li>
 * <li>a company, product or other non-person entity named in the sentence;</li>
 * <li>the speaker's company when "our" appears later in the sentence;</li>
 * <li>for English, the speaker's company when the noun phrase before the number names only a company's
 *     reported figure ({@code Q1 revenue}, {@code Gross margins}; word list {@code company-metrics-en.txt});</li>
 * <li>for English, the sentence's first noun phrase ({@code We expect the data center AI accelerator
 *     market to reach …} gives {@code data-center-ai-accelerator-market});</li>
 * <li>for Japanese and Chinese, a measured thing from the {@code subject-nouns-ja/zh.txt} word lists
 *     ({@code 數據中心} is {@code data-center}, {@code ラック} is {@code rack});</li>
 * <li>the first capitalised Latin phrase in the sentence that is not a speaker's name.</li>
 * </ol>
 * Else there is no subject, and the claim is drafted without a quantity: a section heading or a
 * filler word ("uh, again") is a wrong subject, and a wrong subject makes false contradictions.
 */
final class QuantitySubject {
    /** "Our revenue", "我們的營收", "当社の売上": the measured thing belongs to the speaker's side. */
    private static final Pattern OUR_START = Pattern.compile(
            "(?i)^(?:(?:so|and|well|but|yes|now|i think|i believe)[, ]+)*our\\b"
            + "|^(?:我們的|我们的|本公司的|我司的|當社の|当社の|弊社の|私たちの|我々の|われわれの)");
    private static final Pattern OUR = Pattern.compile(
            "(?i)\\bour\\b|我們的|我们的|本公司|我司|當社|当社|弊社|私たちの|我々の|われわれの");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}'’&.-]*");
    private static final Set<String> DETERMINERS = Set.copyOf(List.of("the", "our", "their", "its", "this", "these", "those", "a",
            "an", "his", "her", "my", "your", "that"));
    /** Words that end a noun phrase: verbs, auxiliaries, prepositions and conjunctions. */
    private static final Set<String> BREAKS = Set.copyOf(List.of("to", "will", "would", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "grew", "grow", "grows", "reach", "reaches", "could", "can", "should", "may", "might",
            "must", "of", "in", "on", "by", "for", "with", "from", "at", "than", "that", "which", "who", "and", "or",
            "as", "rose", "rise", "rises", "fell", "fall", "falls", "hit", "hits", "went", "goes", "go", "going",
            "get", "gets", "got", "make", "makes", "made", "take", "takes", "took", "need", "needs", "cost", "costs",
            "account", "accounts", "represent", "represents", "double", "doubles", "about", "around", "over", "under",
            "nearly", "almost", "roughly", "approximately", "per", "into", "like", "what", "when", "where", "while",
            "because", "if", "but", "so", "do", "does", "did", "say", "says", "said", "think", "expect", "expects",
            "believe", "see", "sees", "now", "today", "last", "next", "this", "year", "years", "just", "only", "still",
            "already", "also", "even", "up", "down", "out", "more", "less", "most", "much", "many", "some", "all",
            "there", "here", "it", "they", "we", "i", "you", "he", "she", "them", "us", "weighs", "weigh", "uses", "use",
            "consumes", "consume", "sells", "sell", "sold", "ships", "ship", "generates", "generate", "spends", "spend",
            "spent", "earns", "earn", "holds", "hold", "runs", "run", "costing", "reaching", "growing", "between"));
    private static final Set<String> PRONOUN_STARTS = Set.copyOf(List.of("i", "we", "you", "he", "she", "they", "it", "there",
            "so", "and", "but", "well", "yes", "now", "in", "by", "over", "within", "since", "after", "before", "if"));

    /** Spoken filler and vague words: never part of what is measured ("uh, again", "a billion-plus number"). */
    private static final Set<String> FILLERS = Set.copyOf(List.of("um", "uh", "er", "ah", "oh", "like", "yeah", "okay", "ok",
            "again", "actually", "basically", "really", "literally", "kind", "sort", "thing", "things", "stuff", "lot",
            "lots", "number", "numbers", "plus", "way", "guys", "people", "everybody", "everyone", "something", "anything",
            "right", "mean", "know", "yes", "no", "maybe", "probably", "whatever", "bit", "couple"));

    private static final Map<String, Pattern> NOUNS_EN = nouns("en");
    private static final Map<String, Pattern> NOUNS_JA = nouns("ja");
    private static final Map<String, Pattern> NOUNS_ZH = nouns("zh");

    private static Map<String, Pattern> nouns(String language) {
        var out = new java.util.LinkedHashMap<String, Pattern>();
        WordLists.mapping("subject-nouns", language).forEach((id, words) -> out.put(id, WordLists.alternation(words)));
        return out;
    }

    private static final Set<String> COMPANY_FIGURE_WORDS = Set.copyOf(WordLists.lines("company-metrics", "en"));

    private final KnowledgeBase kb;
    private final SpeakerResolver speakers;
    private final EntityMatcher entities;

    QuantitySubject(KnowledgeBase kb, SpeakerResolver speakers) {
        this.kb = kb;
        this.speakers = speakers;
        this.entities = new EntityMatcher(kb);
    }

    /**
     * The subject of a quantity in {@code text} (label already removed) said by {@code speaker}.
     *
     * @param topics   the entities named in the sentence, in order
     * @param fallback the subject when nothing better is found
     */
    Optional<String> subject(String text, String speaker, List<String> topics, String language) {
        return subject(text, speaker, topics, language, null, null);
    }

    /**
     * The subject, knowing the quantity (a count's subject is the thing named right after it:
     * {@code 10萬塊英偉達Blackwell GPU} counts Blackwell GPUs) and the entity the text spoke of last
     * ({@code The company reported revenue of …} after a sentence on NVIDIA is NVIDIA's).
     *
     * @param mention the quantity, or null
     * @param context the last company or product named before this sentence, or null
     */
    Optional<String> subject(String text, String speaker, List<String> topics, String language,
                             QuantityMention mention, String context) {
        Optional<String> counted = counted(text, mention);
        if (counted.isPresent()) {
            return counted;
        }
        String t = ReportingFrame.content(Markdown.normalized(text), language);
        List<String> named = entities.find(t);
        topics = topics.stream().filter(named::contains).toList();
        var affiliation = speakers.affiliation(speaker);
        if (affiliation.isPresent() && OUR_START.matcher(t).find()) {
            return affiliation;
        }
        for (String id : topics) {
            boolean thing = kb.entity(id).map(e -> e.kind() != EntityKind.PERSON).orElse(true);
            if (thing && !id.equals(speaker)) {
                return Optional.of(id);
            }
        }
        if (affiliation.isPresent() && OUR.matcher(t).find()) {
            return affiliation;
        }
        if (!LanguageDetector.isCjk(language)) {
            // What is measured is named before the number ("Inference demand is up 30-50x from a year ago").
            // Numbers said in words ("six tenths of a percent") end the phrase as digits do.
            String beforeNumber = ReportingFrame.withoutLeadingAdverbial(SpokenNumbers.digits(t).split("[\\d$€£¥]", 2)[0]);
            if (speakerFirst(beforeNumber)) {
                return affiliation; // "Su is confident ..., expecting 28% growth": her company's guidance
            }
            String phrase = nounPhrase(beforeNumber);
            if (phrase != null && affiliation.isPresent() && companyFigure(phrase)) {
                return affiliation; // "Q1 revenue was $7.19 billion" from NVIDIA's CFO is NVIDIA's
            }
            if (phrase != null && context != null && companyFigure(phrase)) {
                return Optional.of(context); // "The company reported revenue …": the company the text is about
            }
            if (phrase != null) {
                return Optional.of(phrase);
            }
            Optional<String> noun = listedNoun(t, NOUNS_EN);
            if (noun.isPresent()) {
                return noun;
            }
        } else {
            Optional<String> noun = cjkNoun(t, language);
            if (noun.isPresent()) {
                return noun;
            }
        }
        return Optional.ofNullable(capitalisedPhrase(t)).map(latin -> Ids.slug(latin, 4));
    }

    /** How far after a count the counted thing may be named ({@code 10万個のNVIDIA H100}). */
    private static final int COUNTED_WITHIN = 12;

    /** For a count, a company's product or other thing named right after the number. */
    private Optional<String> counted(String text, QuantityMention mention) {
        if (mention == null || !mention.unit().equals("count")) {
            return Optional.empty();
        }
        String t = QuantityParser.prepare(text);
        int from = Math.min(t.length(), mention.start());
        Matcher digits = NUMBER_END.matcher(t).region(from, t.length());
        int after = digits.lookingAt() ? digits.end() : from;
        String window = t.substring(after, Math.min(t.length(), after + COUNTED_WITHIN + 12));
        return entities.find(window).stream()
                .filter(id -> kb.entity(id).map(e -> e.kind() != EntityKind.PERSON && e.kind() != EntityKind.COMPANY).orElse(false))
                .filter(id -> firstMention(id, window) <= COUNTED_WITHIN)
                .findFirst();
    }

    private static final Pattern NUMBER_END = Pattern.compile("[\\d.,\\s万萬億亿兆千百十一二兩两三四五六七八九〇]+");

    /** Where in the window an entity's name or alias first appears; the window's length when nowhere. */
    private int firstMention(String id, String window) {
        var e = kb.entity(id).orElseThrow();
        String lower = window.toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .mapToInt(n -> lower.indexOf(n.toLowerCase(Locale.ROOT))).filter(i -> i >= 0).min().orElse(window.length());
    }

    /** Whether a noun phrase (as an id) names only a company's reported figure ({@code data-center-revenue}). */
    private static boolean companyFigure(String phrase) {
        return java.util.Arrays.stream(phrase.split("-")).allMatch(COMPANY_FIGURE_WORDS::contains);
    }

    /** A measured thing named in a Japanese or Chinese sentence, from the {@code subject-nouns} word lists. */
    private static Optional<String> cjkNoun(String text, String language) {
        return listedNoun(text, WordLists.family(language).equals("ja") ? NOUNS_JA : NOUNS_ZH);
    }

    /** The first subject of a {@code subject-nouns} list whose words the text names (whole words where Latin). */
    private static Optional<String> listedNoun(String text, Map<String, Pattern> nouns) {
        for (var e : nouns.entrySet()) {
            if (e.getValue().matcher(text).find()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether the words before the number start with a speaker's name ("Su is confident about …"). */
    private boolean speakerFirst(String beforeNumber) {
        Matcher m = WORD.matcher(beforeNumber);
        var first = new ArrayList<String>();
        while (m.find() && first.size() < 2) {
            first.add(m.group().replaceAll("[.'’]+$", ""));
        }
        return !first.isEmpty() && (speakers.isSpeakerName(first.get(0))
                || first.size() == 2 && speakers.isSpeakerName(String.join(" ", first)));
    }

    /** The first noun phrase of an English sentence, as an id, or null; never a speaker's name. */
    String nounPhrase(String text) {
        var words = new ArrayList<String>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().replaceAll("[.'’]+$", ""));
        }
        int start = 0;
        // "I'm", "we're", "it's": the pronoun of a contraction.
        if (!words.isEmpty() && PRONOUN_STARTS.contains(words.get(0).toLowerCase(Locale.ROOT).replaceFirst("['’].*$", ""))) {
            // "We expect the market ...": the phrase starts after the first determiner.
            start = -1;
            for (int i = 1; i < words.size(); i++) {
                if (DETERMINERS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                    start = i;
                    break;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        for (int i = start; i < words.size(); i++) {
            var phrase = new ArrayList<String>();
            int j = i;
            if (DETERMINERS.contains(words.get(j).toLowerCase(Locale.ROOT))) {
                j++;
            }
            for (; j < words.size() && phrase.size() < 5; j++) {
                String w = words.get(j);
                String lower = w.toLowerCase(Locale.ROOT);
                if (BREAKS.contains(lower) || DETERMINERS.contains(lower) || FILLERS.contains(lower) || w.matches("\\d.*")
                        || lower.endsWith("ly") || lower.length() > 5 && lower.endsWith("ed")) {
                    break;
                }
                phrase.add(w);
            }
            String joined = String.join(" ", phrase);
            if (!phrase.isEmpty() && !speakers.isSpeakerName(joined) && !speakerNameInside(phrase)) {
                return Ids.slug(joined, 5);
            }
            i = Math.max(i, j - 1);
        }
        return null;
    }

    private boolean speakerNameInside(List<String> phrase) {
        for (int a = 0; a < phrase.size(); a++) {
            for (int b = a + 1; b <= phrase.size(); b++) {
                if (b - a >= 2 && speakers.isSpeakerName(String.join(" ", phrase.subList(a, b)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String capitalisedPhrase(String text) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String w = m.group();
            String first = w.split("[ -]", 2)[0].toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && !speakers.isSpeakerName(w)
                    && !PREPOSITIONS.contains(first)) {
                return w;
            }
        }
        return null;
    }

    private static final Pattern CAPITALISED = Pattern.compile("[A-Za-z][A-Za-z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9]+)*");
    /** A phrase opening with one of these ({@code By 2028}) is a time or circumstance, not a subject. */
    private static final Set<String> PREPOSITIONS = Set.copyOf(WordLists.lines("prepositions", "en"));
}
