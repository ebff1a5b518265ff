package org.claimskb.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.EntityKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
import org.claimskb.model.SourceKind;
import org.claimskb.units.Units;

/**
 * Turns a transcript into a {@link Draft}: the source's fields from the front matter and text,
 * its speakers matched to the knowledge base, and candidate claims with kinds, quantities,
 * topics, timestamps and due dates. Pure: it reads the transcript and the given knowledge base
 * and writes nothing ({@link DraftWriter} does).
 */
public final class TranscriptImporter {
    /** Quotes longer than this are left out: a quote is short evidence, not a copy of the text. */
    static final int MAX_QUOTE = 200;

    private static final Pattern HEADING_LINE = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$", Pattern.MULTILINE);
    private static final Pattern VENUE_LINE = Pattern.compile("(?i)^\\W*?(?:\\*\\*|__)?\\s*(?:channel|podcast|show|venue|チャンネル|番組|頻道|频道|節目|节目|podcast 節目)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)>\\]\"'）]+");
    private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9]+(?:[ -][A-Z0-9][A-Za-z0-9]+)*");

    private TranscriptImporter() {}

    /**
     * Drafts a fact file for the transcript.
     *
     * @param requestedId the source id to use ({@code --id}), or null to derive one from title and date
     * @param today       the date used when the transcript names none (then a note says so)
     */
    public static Draft draft(TranscriptFile file, KnowledgeBase kb, String requestedId, LocalDate today)
            throws IngestException {
        FrontMatter.Split split = FrontMatter.split(file);
        FrontMatter fm = split.frontMatter();
        String body = TurnMarkers.normalise(AnonymousVoices.relabel(split.body()));
        if (body.isBlank() && fm.description() == null) {
            throw new IngestException(file.path(), "has front matter but no text after it");
        }
        String language = LanguageDetector.detect(Markdown.plain(body.isBlank() ? fm.description() : body));
        List<Passage> passages = Segmenter.passages(body, split.bodyLine(), language);
        var notes = new ArrayList<String>(file.notes());

        String title = title(fm, body, file.path());
        PartialDate date = fm.date();
        if (date == null) {
            date = DateForms.find(firstLines(body, 40)).orElse(null);
            if (date != null) {
                notes.add("date " + date + " taken from the text; check it");
            }
        }
        if (date == null) {
            date = PartialDate.of(today);
            notes.add("no date in the transcript: used today's date " + today + "; set source.date to the event's date");
        }
        String id = requestedId != null ? requestedId : sourceId(title, date);
        Drafted first = drafted(fm, title, passages, kb, language, date, true);
        // A news report's bylined reporter whom the KB does not know reports the speakers: not one of them.
        boolean reporterOut = first.kind() == SourceKind.ARTICLE && first.cast().reporter().isPresent();
        Drafted d = reporterOut ? drafted(fm, title, passages, kb, language, date, false) : first;
        if (d.cast().main().equals("unknown-speaker")) {
            notes.add("no speaker found: claims are attributed to unknown-speaker; replace it");
        }
        if (d.claims().isEmpty()) {
            notes.add("no candidate claims found: the draft has the source and speakers only");
        }
        List<DraftSpeaker> speakers = d.cast().speakers();
        String url = url(fm, body);
        String author = author(d.kind(), d.cast());
        var source = new Draft.Source(id, title, d.kind(), venue(fm, passages), url, date,
                language, file.path().getFileName().toString(), speakers.stream().map(DraftSpeaker::id).toList(),
                author, reportedBy(d.kind(), author, fm, url, body, reporterOut ? first.cast().reporter() : Optional.empty()));
        List<DraftSpeaker> newSpeakers = speakers.stream().filter(s -> !s.known()).toList();
        return new Draft(source, newSpeakers, d.claims(), notes);
    }

    /** One reading of the passages: who speaks, the candidate claims, and the kind of text that makes. */
    private record Drafted(SpeakerResolver cast, List<Draft.Claim> claims, SourceKind kind) {}

    private static Drafted drafted(FrontMatter fm, String title, List<Passage> passages, KnowledgeBase kb, String language,
                                   PartialDate date, boolean bylineSpeaks) {
        SpeakerResolver cast = SpeakerResolver.resolve(fm, title, passages, kb, bylineSpeaks);
        var turns = new TurnState(cast, oneSided(passages, cast));
        List<Draft.Claim> claims = candidates(kb, passages, language, date, turns, new EntityMatcher(kb),
                new QuantitySubject(kb, cast), metricDimensions(kb));
        return new Drafted(cast, claims, SourceKindGuess.guess(title, fm, passages, turns.turns(), turns.reports()));
    }

    /**
     * Who wrote the text when not its speakers ({@code source.reported_by}): for an article, summary,
     * commentary or translation without a KB author, the reporter a byline names ({@code 〔編譯X／綜合報導〕},
     * {@code 撰文：X} when X is nobody the KB knows) and the publisher — the front matter's site or
     * publisher, a wire credit opening the lead ({@code (ブルームバーグ):}), else the site of the page's
     * address — joined by a comma; null for a transcript (its speakers' own words) or a text with an author.
     */
    private static String reportedBy(SourceKind kind, String author, FrontMatter fm, String url, String body,
                                     Optional<String> reporter) {
        if (kind == SourceKind.TRANSCRIPT || author != null) {
            return null;
        }
        var parts = new java.util.LinkedHashSet<String>();
        reporter.or(() -> Credits.writer(body)).ifPresent(parts::add);
        Optional.ofNullable(fm.publisher()).or(() -> Credits.wire(body)).or(() -> Credits.site(url)).ifPresent(parts::add);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** What a sentence is drafted from: its text, and the same statement in the other language of a bilingual text (or null). */
    private record Statement(String text, String original) {}

    /** The candidate claims of the passages, in order, with who says each (see {@link TurnState}). */
    private static List<Draft.Claim> candidates(KnowledgeBase kb, List<Passage> passages, String language, PartialDate date,
                                                TurnState turns, EntityMatcher entities, QuantitySubject subjects,
                                                Map<String, String> metricDimensions) {
        var drafting = new Drafting(kb, language, date, entities, subjects, metricDimensions);
        var askers = new HashSet<String>();
        String previous = null;
        for (Passage p : passages) {
            if (Boilerplate.isPassage(p.text())) {
                continue;
            }
            Optional<String> body = turns.enter(p);
            if (body.isEmpty()) {
                continue;
            }
            String plain = Markdown.plain(body.get());
            boolean echo = plain.strip().equalsIgnoreCase(previous == null ? "" : previous);
            previous = plain.strip();
            List<Statement> statements = statements(p, plain, language);
            if (!turns.passageLabelled() && turns.labelled() != null && endsAsking(statements)) {
                turns.unlabelledAsking();
            }
            if (turns.interviewer() && statements.stream().anyMatch(st -> Questions.asks(st.text()))) {
                drafting.question(statements, p, turns.labelled()).ifPresent(q -> turns.asked(q.id()));
                askers.add(turns.labelled());
                continue;
            }
            if (echo || askers.contains(turns.labelled()) && remark(statements, language)) {
                continue; // an interviewer's aside, or a turn that only says the last one again, claims nothing new
            }
            for (Statement st : statements) {
                drafting.statement(st, p, turns);
            }
        }
        return drafting.claims;
    }

    /** An aside this short (in words) with no number is a remark, not a claim, when an interviewer makes it. */
    private static final int REMARK_WORDS = 12;

    /** Whether the passage is one short sentence without a quantity ("They're gonna need to do it way faster."). */
    private static boolean remark(List<Statement> statements, String language) {
        if (statements.size() != 1 || LanguageDetector.isCjk(language)) {
            return false;
        }
        String text = statements.get(0).text();
        return text.strip().split("\\s+").length <= REMARK_WORDS && QuantityParser.main(text, language).isEmpty();
    }

    /**
     * The source's author: the byline's writer; else, for an article or commentary, its one
     * front-matter author (a transcript's authors are its host and guest, as clippers list them).
     */
    private static String author(SourceKind kind, SpeakerResolver cast) {
        boolean written = kind == SourceKind.ARTICLE || kind == SourceKind.COMMENTARY;
        return cast.author().or(() -> written ? cast.frontMatterAuthor() : Optional.empty()).orElse(null);
    }

    /** Whether the passage's last statement ends with a question mark. */
    private static boolean endsAsking(List<Statement> statements) {
        return !statements.isEmpty() && Questions.marked(statements.get(statements.size() - 1).text());
    }

    /** Whether only one speaker is ever labelled in the text (the interviewer's lines then carry no label). */
    private static boolean oneSided(List<Passage> passages, SpeakerResolver cast) {
        return passages.stream().map(p -> cast.label(p.text())).flatMap(Optional::stream)
                .map(SpeakerResolver.Turn::speaker).distinct().count() == 1;
    }

    /** The claims drafted so far, with the ids and texts they use, and what every claim is drafted with. */
    private static final class Drafting {
        final List<Draft.Claim> claims = new ArrayList<>();
        final Set<String> usedIds = new HashSet<>();
        final Set<String> seenTexts = new HashSet<>();
        final String language;
        final PartialDate date;
        final EntityMatcher entities;
        final QuantitySubject subjects;
        final Map<String, String> metricDimensions;

        final KnowledgeBase kb;

        Drafting(KnowledgeBase kb, String language, PartialDate date, EntityMatcher entities, QuantitySubject subjects,
                 Map<String, String> metricDimensions) {
            this.kb = kb;
            this.language = language;
            this.date = date;
            this.entities = entities;
            this.subjects = subjects;
            this.metricDimensions = metricDimensions;
        }

        /** Drafts one statement outside a question, if it is a candidate. */
        void statement(Statement raw, Passage p, TurnState turns) {
            Statement st = Questions.untagged(raw.text()).map(t -> new Statement(t, raw.original() != null
                    ? raw.original() : raw.text())).orElse(raw);
            if (Boilerplate.is(st.text())) {
                return;
            }
            TurnState.Attribution who = turns.attribute(st.text());
            Draft.Claim c = candidate(st, p, language, date, who, entities, subjects, metricDimensions, usedIds,
                    claims.size() + 1, turns.answering(), lastThing);
            add(c);
            lastThing(entities.find(st.text()));
        }

        /**
         * Drafts an interviewer's passage that asks something as one {@code kind: question}: its
         * sentences (premise and question) without greetings; no quantity, due or stance.
         */
        Optional<Draft.Claim> question(List<Statement> statements, Passage p, String asker) {
            var kept = statements.stream().filter(st -> !Boilerplate.is(st.text())).toList();
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            String joiner = LanguageDetector.isCjk(language) ? "" : " ";
            String said = String.join(joiner, kept.stream().map(st -> st.text().strip()).toList());
            String text = Markdown.normalized(said).replaceAll("^[-*•・\\s]+", "").strip();
            List<String> topics = entities.find(said);
            String id = unique(claimId(text, topics, null, claims.size() + 1), usedIds);
            var originals = kept.stream().map(st -> st.original() != null ? st.original().strip() : st.text().strip()).toList();
            String quote = String.join(joiner, originals);
            var q = new Draft.Claim(id, asker, p.at(), ClaimKind.QUESTION, text, quote.length() <= MAX_QUOTE ? quote : null,
                    topics, null, null, null, p.line(), "an interviewer's question", null);
            return add(q) ? Optional.of(q) : Optional.empty();
        }

        /** The last company or product named, for "the company" in a later sentence. */
        String lastThing;

        private void lastThing(List<String> named) {
            named.stream().filter(id -> kb.entity(id).map(e -> e.kind() != EntityKind.PERSON).orElse(false))
                    .reduce((a, b) -> b).ifPresent(id -> lastThing = id);
        }

        private boolean add(Draft.Claim c) {
            if (c != null && seenTexts.add(c.text())) {
                claims.add(c);
                return true;
            }
            return false;
        }
    }

    /**
     * The statements of a passage: its sentences, or for a bullet the whole bullet (unless a greeting
     * shares it with content: "Thanks for having me. We expect ..."). A passage that gives each sentence
     * in two languages, one after the other, yields each statement once: the text's language drafted,
     * the other kept as the original.
     */
    private static List<Statement> statements(Passage p, String plain, String language) {
        boolean whole = p.bullet() && plain.length() <= 300 && !Boilerplate.hasGreeting(plain);
        List<String> items = whole ? List.of(plain) : SentenceSplitter.split(plain, language);
        List<Bilingual.Pair> pairs = Bilingual.pairs(items, language);
        return pairs.isEmpty() ? items.stream().map(i -> new Statement(i, null)).toList()
                : pairs.stream().map(pr -> new Statement(pr.drafted(), pr.original())).toList();
    }

    private static Draft.Claim candidate(Statement statement, Passage p, String language, PartialDate date,
                                         TurnState.Attribution who, EntityMatcher entities, QuantitySubject subjects,
                                         Map<String, String> metricDimensions,
                                         Set<String> usedIds, int ordinal, String replyTo, String context) {
        String sentence = statement.text();
        String speaker = who.speaker();
        String text = Markdown.normalized(sentence).replaceAll("^[-*•・\\s]+", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        Optional<QuantityMention> q = QuantityParser.main(sentence, language);
        List<String> topics = entities.find(sentence);
        Optional<Classification> cls = ClaimClassifier.classify(sentence, language, q.isPresent(), !topics.isEmpty(),
                who.reported(), date);
        if (cls.isEmpty()) {
            return null;
        }
        String id = unique(claimId(text, topics, q.orElse(null), ordinal), usedIds);
        // No subject found in the sentence: no quantity rather than a wrong one.
        Draft.Quantity quantity = q.flatMap(m -> subjects.subject(text, speaker, topics, language, m, context)
                .map(subject -> quantity(m, sentence, subject, metricDimensions))).orElse(null);
        Classification k = cls.get();
        String said = statement.original() != null ? statement.original().strip() : sentence.strip();
        String quote = said.length() <= MAX_QUOTE ? said : null;
        return new Draft.Claim(id, speaker, p.at(), k.kind(), text, quote, topics, quantity,
                k.kind() == ClaimKind.PREDICTION ? k.when() : null,
                k.kind() == ClaimKind.PREDICTION ? k.due() : null, p.line(), k.why(), replyTo);
    }

    private static Draft.Quantity quantity(QuantityMention m, String sentence, String subject,
                                           Map<String, String> metricDimensions) {
        String dimension = m.dimension();
        String base = MetricGuess.guess(Markdown.normalized(sentence), dimension, m.noun());
        String metric = base;
        // One metric, one dimension across the knowledge base (the loader checks units per metric).
        String known = metricDimensions.get(metric);
        if (known != null && !known.equals(dimension)) {
            metric = base + "-" + MetricGuess.suffix(dimension);
            for (int n = 2; metricDimensions.containsKey(metric) && !metricDimensions.get(metric).equals(dimension); n++) {
                metric = base + "-" + MetricGuess.suffix(dimension) + "-" + n;
            }
        }
        metricDimensions.putIfAbsent(metric, dimension);
        return new Draft.Quantity(subject, metric, m.min(), m.max(), m.unit());
    }

    private static String firstLatinPhrase(String text) {
        Matcher m = LATIN_WORDS.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                return w;
            }
        }
        return null;
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "is",
            "are", "was", "were", "be", "by", "at", "it", "its", "that", "this", "with", "as", "from", "has", "have", "had",
            "will", "would", "about", "than", "we", "he", "she", "they", "i", "you", "our", "their", "his", "her");

    /** A readable local id: the sentence's first meaningful English words, or its topic and metric, or claim-N. */
    private static String claimId(String text, List<String> topics, QuantityMention q, int ordinal) {
        if (Ids.mostlyAscii(text)) {
            var words = new ArrayList<String>();
            for (String w : Ids.slug(text, 40).split("-")) {
                if (!w.isEmpty() && !STOP.contains(w) && words.size() < 5) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                return String.join("-", words);
            }
        }
        var parts = new ArrayList<String>();
        if (!topics.isEmpty()) {
            parts.add(topics.get(0));
        } else {
            String latin = firstLatinPhrase(text);
            if (latin != null) {
                parts.add(Ids.slug(latin, 3));
            }
        }
        if (q != null) {
            parts.add(MetricGuess.guess(text, q.dimension(), q.noun()));
        }
        String id = String.join("-", parts).replaceAll("-+", "-");
        return id.isEmpty() ? String.format("claim-%02d", ordinal) : id;
    }

    private static String unique(String id, Set<String> used) {
        String base = id.length() > 50 ? id.substring(0, 50).replaceAll("-+$", "") : id;
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** The source id derived from title and date: an ASCII slug, or transcript-DATE-HASH for CJK titles. */
    static String sourceId(String title, PartialDate date) {
        // "Episode title | Show name": the episode title alone names it.
        String main = title.split("\\s[|｜]\\s")[0];
        if (Ids.slug(main, 8).split("-").length >= 2) {
            title = main;
        }
        String slug = Ids.slug(title, 8);
        if (!Ids.mostlyAscii(title) || slug.length() < 3) {
            return "transcript-" + date + "-" + Ids.shortHash(title);
        }
        return slug + "-" + date;
    }

    private static String title(FrontMatter fm, String body, Path path) {
        if (fm.title() != null) {
            return fm.title();
        }
        Matcher h = HEADING_LINE.matcher(body);
        if (h.find()) {
            String t = Markdown.plain(h.group(1));
            if (!t.isBlank()) {
                return t;
            }
        }
        Optional<String> headline = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .filter(Furniture::isHeadline);
        if (headline.isPresent()) {
            return Markdown.plain(headline.get()); // a clipped page without a heading starts with its title
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String venue(FrontMatter fm, List<Passage> passages) {
        if (fm.venue() != null) {
            return fm.venue();
        }
        for (Passage p : passages) {
            Matcher m = VENUE_LINE.matcher(p.text());
            if (m.matches()) {
                String v = Markdown.name(m.group(1));
                if (!v.isBlank() && v.length() <= 80) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String url(FrontMatter fm, String body) {
        if (fm.url() != null) {
            return fm.url();
        }
        Matcher m = URL.matcher(firstLines(body, 30));
        String first = null;
        while (m.find()) {
            String u = m.group();
            if (u.matches("(?i)https?://(www\\.)?(youtube\\.com|youtu\\.be|podcasts\\.apple\\.com|open\\.spotify\\.com)/.*")) {
                return u;
            }
            if (first == null) {
                first = u;
            }
        }
        return first;
    }

    private static String firstLines(String body, int n) {
        return String.join("\n", body.lines().limit(n).toList());
    }

    /** Each metric's dimension as the knowledge base uses it, so drafts never clash with it. */
    private static Map<String, String> metricDimensions(KnowledgeBase kb) {
        var map = new HashMap<String, String>();
        for (Claim c : kb.claims()) {
            if (c.quantity() != null) {
                map.putIfAbsent(c.quantity().metric(), Units.of(c.quantity().unit()).dimension());
            }
        }
        return map;
    }
}
