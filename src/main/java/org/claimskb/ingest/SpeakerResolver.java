package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Interest;
import org.claimskb.model.InterestKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Speaker;

/**
 * Who speaks in a transcript, and who says each sentence.
 *
 * <p>Speakers come from, in order: front matter {@code guest(s)}, {@code host(s)}; metadata lines in
 * the body ({@code ゲスト: [[X]]}, {@code Guest: X}, {@code 嘉賓：X}, {@code 主持人 X},
 * {@code 受訪者是 X}); an English intro in the first passages ({@code Jane Host welcomes AMD CEO
 * Lisa Su}, see {@link Introductions}); the title ({@code with X}, {@code feat. X},
 * {@code X Interview}, a known speaker's name; {@code w/ X & Y} names hosts); front matter
 * {@code author(s)} (wiki links unwrapped); transcript labels ({@code X: ...} at the start of a
 * line or bullet, see {@link SpeakerLabel}: a known speaker's or person entity's name, or words
 * that look like a person's name); and, when none of these names anyone, the knowledge base's
 * speaker mentioned most (at least twice). Names match the knowledge base's speakers by name or id
 * ignoring case, spaces and punctuation (so {@code gavin-baker}, {@code Gavin Baker} and
 * {@code GAVIN BAKER} agree) and by the aliases of a person entity with the speaker's id.
 *
 * <p>The main speaker, who says what no label or name attributes, is the guest: a person named as
 * guest (front matter, metadata line, intro), else the person named in the title, else the first
 * author who is not a host, else the first labelled non-host, else the most mentioned known
 * speaker, else the first host. Web clippers list host and guest alike as authors, so an author is
 * only a fallback. A sentence is attributed to the speaker whose label opened its turn, else to a
 * source speaker named at the sentence's start ({@code Baker認為…}, {@code Huang said…}), else to
 * the main speaker.
 */
public final class SpeakerResolver {
    private static final String LATIN_NAME = "[A-Z][\\p{IsLatin}'’.-]+(?:\\s[A-Z][\\p{IsLatin}'’.-]+){1,3}";
    private static final Pattern META_LINE = Pattern.compile("(?i)^\\W*?(?:\\*\\*|__)?\\s*(guests?|ゲスト|嘉賓|嘉宾|來賓|来宾|受訪者|受访者"
            + "|interviewees?|hosts?|ホスト|主持人|司会|speakers?|出演者?|講者|讲者|パネリスト|panelists?)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(.+)$");
    private static final Pattern PROSE_GUEST = Pattern.compile("(?:受訪者是|受访者是|嘉賓是|嘉宾是|來賓是|ゲストは|今回のゲスト[:：]?)\\s*(\\[\\[[^\\]]+]]|" + LATIN_NAME + ")\\s*(?:[（(]([^）)]{1,60})[）)])?");
    private static final Pattern PROSE_HOST = Pattern.compile("(?:主持人|ホストの|host)\\s*(\\[\\[[^\\]]+]]|" + LATIN_NAME + ")");
    private static final Pattern TITLE_FEAT = Pattern.compile("(?i)\\b(?:feat\\.?|featuring|ft\\.)\\s+(" + LATIN_NAME.replace("[A-Z]", "\\p{Lu}") + ")");
    /** "with X" anywhere in the title; the run of capitalised words may start with a company and a title ("with AMD CEO Lisa Su"). */
    private static final Pattern TITLE_WITH = Pattern.compile("(?i:\\bwith)\\s+(\\p{Lu}[\\p{IsLatin}'’.&-]*(?:\\s\\p{Lu}[\\p{IsLatin}'’.&-]*){1,6})");
    /** A title that opens with who speaks: "AMD CEO Lisa Su: …", "Dylan Patel: …", "Nvidia CEO Jensen Huang Says …". */
    private static final Pattern TITLE_SPEAKER = Pattern.compile("^\\s*(\\p{Lu}[\\p{IsLatin}\\p{N}'’&.-]*(?:\\s\\p{Lu}[\\p{IsLatin}\\p{N}'’&.-]*){1,5})"
            + "\\s*(?:[:：]|\\s(?:Says|says|On|on|Talks|talks|Explains|explains|Warns|warns|Predicts|predicts)\\b)");
    private static final Pattern TITLE_INTERVIEW = Pattern.compile("(" + LATIN_NAME + ")\\s+(?:Interview|interview|Podcast Interview)\\b");
    private static final Pattern TITLE_HOSTS = Pattern.compile("\\bw/\\s*(.+)$");
    /** "… – Stratechery by Ben Thompson", "Why AI capex is fine | by Jane Doe": the title names its writer. */
    private static final Pattern TITLE_BY = Pattern.compile("(?:^|\\s)(?i:by)\\s+(" + LATIN_NAME + ")\\s*(?:$|[|｜–—-])");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:\\*\\*|__)?(?:" + String.join("|", WordLists.lines("byline").stream()
            .map(Pattern::quote).toList()) + ")\\s*[:：／/]?\\s*(" + LATIN_NAME + "|\\p{IsHan}{2,4}(?![\\p{IsHan}]))\\s*(?:\\*\\*|__)?\\s*(?:$|[|｜,，、／/·])");
    /** Bylines are near the top. */
    private static final int BYLINE_PASSAGES = 10;
    private static final Pattern ROLE = Pattern.compile("^\\s*[（(]([^）)]{1,60})[）)]");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|、|&|＆| and |和|與|与|及|/|・(?=\\[\\[))\\s*");

    /** Where a name was found; earlier parts are better evidence of the guest (see the class comment). */
    private enum Part { GUEST, TITLE, AUTHOR, LABEL, MENTIONED, HOST }

    /** Introductions count only near the start: later prose names people it is not introducing. */
    private static final int INTRO_PASSAGES = 15;

    private record Candidate(String name, String role, Part part) {}

    private final List<DraftSpeaker> speakers;
    private final String main;
    private final Map<String, String> idByKey;
    private final Map<String, Pattern> mentionById;
    private final Map<String, String> affiliationById;

    private final String author;
    private final String frontMatterAuthor;
    private final List<String> hosts;

    private SpeakerResolver(List<DraftSpeaker> speakers, String main, Map<String, String> idByKey,
                            Map<String, Pattern> mentionById, Map<String, String> affiliationById, String author,
                            String frontMatterAuthor, List<String> hosts) {
        this.author = author;
        this.frontMatterAuthor = frontMatterAuthor;
        this.hosts = List.copyOf(hosts);
        this.speakers = List.copyOf(speakers);
        this.main = main;
        this.idByKey = idByKey;
        this.mentionById = mentionById;
        this.affiliationById = affiliationById;
    }

    /** A turn opened by a label: who speaks, and where the label ends in the passage's text. */
    public record Turn(String speaker, int labelEnd) {}

    /** Every speaker of the source, the main one first. */
    public List<DraftSpeaker> speakers() {
        return speakers;
    }

    /** The writer a byline names ({@code … by Ben Thompson}, {@code By Jane Doe}, {@code 撰文：X}), when not the main speaker. */
    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** The one front-matter author, when not the main speaker: the writer of an article or commentary. */
    public Optional<String> frontMatterAuthor() {
        return Optional.ofNullable(frontMatterAuthor);
    }

    /** Who asks the questions: the author, else the first host; empty when neither is known. */
    public Optional<String> interviewer() {
        return author().or(() -> hosts.stream().findFirst());
    }

    /** The speaker a sentence gets when nothing says otherwise: the main guest. */
    public String main() {
        return main;
    }

    public static SpeakerResolver resolve(FrontMatter fm, String title, List<Passage> passages, KnowledgeBase kb) {
        return resolve(fm, title, passages, kb, true);
    }

    /**
     * The cast; with {@code bylineSpeaks} false, a byline's writer is not one of the speakers (a news
     * report's reporter, who goes to {@code reported_by} instead: see {@link #reporter()}).
     */
    public static SpeakerResolver resolve(FrontMatter fm, String title, List<Passage> passages, KnowledgeBase kb,
                                          boolean bylineSpeaks) {
        var known = new KnownSpeakers(kb);
        EntityMatcher entities = new EntityMatcher(kb);
        var candidates = new ArrayList<Candidate>();
        fm.guests().forEach(n -> candidates.add(new Candidate(n, null, Part.GUEST)));
        fm.hosts().forEach(n -> candidates.add(new Candidate(n, null, Part.HOST)));
        metadataCandidates(passages, candidates);
        introCandidates(passages, candidates);
        titleCandidates(title, kb, candidates);
        fm.authors().forEach(n -> candidates.add(new Candidate(n, null, Part.AUTHOR)));
        Optional<String> byline = byline(title, passages);
        if (bylineSpeaks) {
            byline.ifPresent(n -> candidates.add(new Candidate(n, null, Part.AUTHOR)));
        }
        labelCandidates(passages, known, entities, kb, candidates);
        reportedCandidates(passages, known, kb, candidates);
        if (candidates.stream().noneMatch(c -> c.part != Part.HOST && c.part != Part.MENTIONED)) {
            String all = String.join("\n", passages.stream().map(Passage::text).toList());
            known.mostMentioned(all).ifPresent(s -> candidates.add(new Candidate(s.name(), null, Part.MENTIONED)));
        }
        Cast cast = merge(candidates, known);
        String main = mainSpeaker(cast, known, labelledWords(passages, known, cast));
        List<DraftSpeaker> ordered = mainFirst(cast.byId(), main);
        Map<String, Pattern> mentionById = mentionPatterns(ordered, known);
        Map<String, String> idByKey = cast.idByKey();
        addOneWordLabels(ordered, idByKey);
        var affiliationById = new HashMap<String, String>();
        for (DraftSpeaker s : ordered) {
            affiliation(s, known, entities, kb).ifPresent(e -> affiliationById.put(s.id(), e));
        }
        String author = otherThanMain(byline, cast, main);
        // Clippers list host and guest alike as authors: only a lone one may be the writer.
        String fmAuthor = otherThanMain(fm.authors().size() == 1 ? Optional.of(fm.authors().get(0)) : Optional.empty(), cast, main);
        List<String> hosts = ordered.stream().map(DraftSpeaker::id).filter(id -> cast.partById().get(id) == Part.HOST).toList();
        var cast2 = new SpeakerResolver(ordered, main, idByKey, mentionById, affiliationById, author, fmAuthor, hosts);
        cast2.bylineName = byline.orElse(null);
        cast2.bylineKnown = byline.flatMap(known::match).isPresent();
        return cast2;
    }

    private String bylineName;
    private boolean bylineKnown;

    /**
     * The byline's writer when the knowledge base does not know them ({@code 撰文：王小明}, {@code By Jane
     * Doe}): in a news report, its reporter rather than a speaker.
     */
    public Optional<String> reporter() {
        return bylineKnown ? Optional.empty() : Optional.ofNullable(bylineName);
    }

    /** The writer a byline names: the title's "by X", else a byline passage near the top ("By Jane Doe", "撰文：王小明"). */
    private static Optional<String> byline(String title, List<Passage> passages) {
        if (title != null) {
            Matcher by = TITLE_BY.matcher(title);
            if (by.find()) {
                return Optional.of(by.group(1).strip());
            }
        }
        for (Passage p : passages.subList(0, Math.min(BYLINE_PASSAGES, passages.size()))) {
            Matcher b = BYLINE.matcher(Markdown.plain(p.text()));
            if (b.find()) {
                return Optional.of(b.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The speaker a name resolved to, unless it is the main speaker (whose own words the text is). */
    private static String otherThanMain(Optional<String> name, Cast cast, String main) {
        String id = name.map(n -> cast.idByKey().get(Ids.nameKey(n))).orElse(null);
        return id == null || id.equals(main) ? null : id;
    }

    /** Guests and hosts named in metadata lines ({@code ゲスト: [[X]]（role）}, {@code Guest: X}) and prose ({@code 受訪者是 X}). */
    private static void metadataCandidates(List<Passage> passages, List<Candidate> candidates) {
        for (Passage p : passages) {
            Matcher meta = META_LINE.matcher(p.text());
            if (meta.matches()) {
                String key = meta.group(1).toLowerCase(java.util.Locale.ROOT);
                Part part = key.startsWith("host") || key.equals("ホスト") || key.startsWith("主持") || key.equals("司会")
                        ? Part.HOST : Part.GUEST;
                candidates.addAll(castEntries(meta.group(2), part));
            }
            Matcher guest = PROSE_GUEST.matcher(p.text());
            if (guest.find()) {
                candidates.add(new Candidate(Markdown.name(guest.group(1)), guest.group(2) == null ? null : guest.group(2).strip(), Part.GUEST));
            }
            Matcher host = PROSE_HOST.matcher(p.text());
            if (host.find()) {
                candidates.add(new Candidate(Markdown.name(host.group(1)), null, Part.HOST));
            }
        }
    }

    /** Hosts and guests of an English intro in the first passages ({@code Jane Host welcomes AMD CEO Lisa Su}). */
    private static void introCandidates(List<Passage> passages, List<Candidate> candidates) {
        for (Passage p : passages.subList(0, Math.min(INTRO_PASSAGES, passages.size()))) {
            for (Introductions intro : Introductions.find(p.text())) {
                candidates.add(new Candidate(intro.name(), intro.role(), intro.host() ? Part.HOST : Part.GUEST));
            }
        }
    }

    /** People the title names: {@code feat. X}, {@code X Interview}, {@code with X}, {@code w/ X & Y} (hosts), a KB speaker. */
    private static void titleCandidates(String title, KnowledgeBase kb, List<Candidate> candidates) {
        if (title != null) {
            for (Pattern tp : List.of(TITLE_FEAT, TITLE_INTERVIEW)) {
                Matcher m = tp.matcher(title);
                if (m.find()) {
                    candidates.add(new Candidate(m.group(1).strip(), null, Part.TITLE));
                }
            }
            EntityMatcher entities = new EntityMatcher(kb);
            Matcher opens = TITLE_SPEAKER.matcher(title);
            if (opens.find()) {
                Introductions.person(opens.group(1)).filter(p -> namesNoThing(entities, kb, p.name()))
                        .ifPresent(p -> candidates.add(new Candidate(p.name(), p.role(), Part.TITLE))); // not "Nvidia Earnings: …"
            }
            Matcher with = TITLE_WITH.matcher(title);
            if (with.find()) {
                // Not "Chip Deal With OpenAI Triggers Explosive Rally": a company, or a clause rather than a name.
                Introductions.person(with.group(1))
                        .filter(p -> namesNoThing(entities, kb, p.name()) && p.name().split("\\s+").length <= 3)
                        .ifPresent(p -> candidates.add(new Candidate(p.name(), p.role(), Part.TITLE)));
            }
            Matcher hosts = TITLE_HOSTS.matcher(title);
            if (hosts.find()) {
                for (String n : SPLIT.split(hosts.group(1))) {
                    if (n.strip().matches(LATIN_NAME)) {
                        candidates.add(new Candidate(n.strip(), null, Part.HOST));
                    }
                }
            }
        }
        if (title != null) {
            // A known speaker named in the title ("gavin baker asi ten years") is the guest.
            String titleKey = Ids.nameKey(title);
            for (Speaker s : kb.speakers()) {
                // By name or alias ("エヌビディアのジェンスン・フアンCEOに聞く"): long enough not to be part of another word.
                boolean named = java.util.stream.Stream.concat(java.util.stream.Stream.of(s.name()), s.aliases().stream())
                        .map(Ids::nameKey)
                        .anyMatch(key -> (key.length() >= 6 || key.length() >= 3 && !Ids.mostlyAscii(key)) && titleKey.contains(key));
                if (named) {
                    candidates.add(new Candidate(s.name(), null, Part.TITLE));
                }
            }
        }
    }

    /**
     * Transcript labels, at first sight: a known speaker's or person's name, or a name-like label
     * that is not a company's or product's name ("Google Cloud: ..." is a topic).
     */
    private static void labelCandidates(List<Passage> passages, KnownSpeakers known, EntityMatcher entities,
                                        KnowledgeBase kb, List<Candidate> candidates) {
        for (Passage p : passages) {
            Optional<SpeakerLabel> l = SpeakerLabel.at(p.text());
            if (l.isEmpty() || META_LINE.matcher(p.text()).matches()) {
                continue;
            }
            String name = l.get().name();
            Optional<Speaker> byInitials = known.byInitials(name, allText(passages));
            if (byInitials.isPresent()) {
                candidates.add(new Candidate(byInitials.get().name(), null, Part.LABEL));
            } else if (oneWordTimed(name, p) && namesNoThing(entities, kb, name) && !partOfAName(name, candidates)) {
                candidates.add(new Candidate(name, null, Part.LABEL)); // "Keith 00:00:00": a timed turn, whoever it is
            } else if (known.match(name).isPresent()) {
                candidates.add(new Candidate(name, null, Part.LABEL));
            } else if (known.person(name).isPresent()) {
                candidates.add(new Candidate(known.person(name).get().name(), null, Part.LABEL));
            } else if (SpeakerLabel.looksLikeName(name) && namesNoThing(entities, kb, name)) {
                candidates.add(new Candidate(name, null, Part.LABEL));
            }
        }
    }

    /**
     * A KB speaker whose words the text reports ("Baker said", "贝克说", "スー氏は…と述べた") is one of
     * its speakers, though not its guest: a summary's author still says what nobody is reported saying.
     */
    private static void reportedCandidates(List<Passage> passages, KnownSpeakers known, KnowledgeBase kb,
                                           List<Candidate> candidates) {
        String text = String.join("\n", passages.stream().map(p -> Markdown.normalized(p.text())).toList());
        for (Speaker s : kb.speakers()) {
            var forms = new ArrayList<String>(known.aliases(s.id()));
            forms.add(s.name());
            known.aliases(s.id()).stream().map(SpeakerResolver::katakanaSurname).flatMap(Optional::stream).forEach(forms::add);
            String[] words = s.name().split("\\s+");
            if (words.length > 1 && words[words.length - 1].length() >= 2) {
                forms.add(words[words.length - 1]);
            }
            if (firstReport(text, mentionPattern(forms)) >= 0) {
                candidates.add(new Candidate(s.name(), null, Part.MENTIONED));
            }
        }
    }

    /** The candidates resolved to ids: who each is, the best part each was seen in, and every spelling's id. */
    private record Cast(LinkedHashMap<String, DraftSpeaker> byId, Map<String, Part> partById, Map<String, String> idByKey) {}

    /** Resolves names to ids, merging duplicates; a name seen as host stays a host. */
    private static Cast merge(List<Candidate> candidates, KnownSpeakers known) {
        var byId = new LinkedHashMap<String, DraftSpeaker>();
        var partById = new HashMap<String, Part>();
        var idByKey = new HashMap<String, String>();
        for (Candidate c : candidates) {
            Optional<Speaker> k = known.match(c.name);
            String id;
            DraftSpeaker s;
            if (k.isPresent()) {
                id = k.get().id();
                s = new DraftSpeaker(id, k.get().name(), k.get().role(), true);
            } else if (known.person(c.name).isPresent()) {
                Entity person = known.person(c.name).get();
                id = person.id();
                s = new DraftSpeaker(id, person.name(), c.role, false);
            } else if (!idByKey.containsKey(Ids.nameKey(c.name)) && idByKey.containsKey(Ids.nameKey(Ids.withoutInitials(c.name)))) {
                id = idByKey.get(Ids.nameKey(Ids.withoutInitials(c.name))); // "Jane Q. Doe" after "Jane Doe"
                DraftSpeaker seen = byId.get(id);
                s = new DraftSpeaker(id, seen.name(), c.role != null ? c.role : seen.role(), seen.known());
            } else {
                String slug = Ids.slug(c.name, 6);
                id = Ids.mostlyAscii(c.name) && !slug.isEmpty() ? slug : "speaker-" + Ids.shortHash(c.name);
                s = new DraftSpeaker(id, c.name, c.role, false);
            }
            DraftSpeaker before = byId.get(id);
            if (before == null || before.role() == null && s.role() != null && !s.known()) {
                byId.put(id, s);
            }
            Part p = partById.get(id);
            if (p == null || c.part == Part.HOST || (p != Part.HOST && c.part.ordinal() < p.ordinal())) {
                partById.put(id, c.part);
            }
            idByKey.put(Ids.nameKey(c.name), id);
            idByKey.put(Ids.nameKey(s.name()), id);
            idByKey.putIfAbsent(Ids.nameKey(Ids.withoutInitials(c.name)), id);
        }
        return new Cast(byId, partById, idByKey);
    }

    /** The guest by the order of {@link Part}, the earliest seen among equals; unknown-speaker (added) when nobody is found. */
    private static String mainSpeaker(Cast cast, KnownSpeakers known, Map<String, Integer> words) {
        var byId = cast.byId();
        var partById = cast.partById();
        String main = null;
        for (Part wanted : Part.values()) {
            for (var e : partById.entrySet()) {
                if (e.getValue() == wanted && (main == null || better(e.getKey(), main, wanted, words, byId))) {
                    main = e.getKey();
                }
            }
            if (main != null) {
                break;
            }
        }
        if (main == null) {
            main = "unknown-speaker";
            byId.put(main, known.byId(main).map(s -> new DraftSpeaker(s.id(), s.name(), s.role(), true))
                    .orElse(new DraftSpeaker(main, "Unknown speaker", null, false)));
        }
        return main;
    }

    /**
     * Among equals the one seen first; among labelled speakers the one who states most (questions
     * left out): in an interview labelled on both sides ({@code BT:} / {@code JH:}) the guest answers.
     */
    private static boolean better(String id, String than, Part part, Map<String, Integer> words,
                                  Map<String, DraftSpeaker> byId) {
        if (part == Part.LABEL) {
            int a = words.getOrDefault(id, 0);
            int b = words.getOrDefault(than, 0);
            if (a != b) {
                return a > b;
            }
        }
        return order(byId, id) < order(byId, than);
    }

    /** How many words each labelled speaker says, questions left out, in the passages their labels open. */
    private static Map<String, Integer> labelledWords(List<Passage> passages, KnownSpeakers known, Cast cast) {
        var words = new HashMap<String, Integer>();
        String text = allText(passages);
        for (Passage p : passages) {
            SpeakerLabel.at(p.text()).ifPresent(l -> {
                String id = Optional.ofNullable(cast.idByKey().get(Ids.nameKey(l.name())))
                        .or(() -> known.byInitials(l.name(), text).map(Speaker::id)).orElse(null);
                if (id != null) {
                    String said = Markdown.plain(p.text().substring(l.end()));
                    int statements = SentenceSplitter.split(said, LanguageDetector.detect(said)).stream()
                            .filter(s -> !Questions.marked(s)).mapToInt(s -> s.split("\\s+").length).sum();
                    words.merge(id, statements, Integer::sum); // questions are the interviewer's part
                }
            });
        }
        return words;
    }

    /** The speakers with the main one first. */
    private static List<DraftSpeaker> mainFirst(Map<String, DraftSpeaker> byId, String main) {
        var ordered = new ArrayList<DraftSpeaker>();
        ordered.add(byId.get(main));
        for (DraftSpeaker s : byId.values()) {
            if (!s.id().equals(main)) {
                ordered.add(s);
            }
        }

        return ordered;
    }

    /** The family name of a katakana name ({@code ジェンスン・フアン} gives {@code フアン}, as in {@code フアン氏は}), if any. */
    private static Optional<String> katakanaSurname(String name) {
        int dot = Math.max(name.lastIndexOf('・'), name.lastIndexOf('･'));
        String last = dot >= 0 ? name.substring(dot + 1) : "";
        return last.length() >= 2 && last.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || c == 'ー') ? Optional.of(last) : Optional.empty();
    }

    /** For each speaker, a pattern of their name, aliases and (when no other speaker shares it) surname. */
    private static Map<String, Pattern> mentionPatterns(List<DraftSpeaker> ordered, KnownSpeakers known) {
        var mentionById = new LinkedHashMap<String, Pattern>();
        for (DraftSpeaker s : ordered) {
            var forms = new ArrayList<String>();
            forms.add(s.name());
            known.aliases(s.id()).forEach(forms::add);
            known.aliases(s.id()).stream().map(SpeakerResolver::katakanaSurname).flatMap(Optional::stream).forEach(forms::add);
            String[] words = s.name().split("\\s+");
            if (words.length > 1 && words[words.length - 1].length() >= 2) {
                String surname = words[words.length - 1];
                boolean unique = ordered.stream().filter(o -> o.name().endsWith(" " + surname)).count() == 1;
                if (unique) {
                    forms.add(surname);
                }
            }
            mentionById.put(s.id(), mentionPattern(forms));
        }
        return mentionById;
    }

    /** A one-word label ("Su:", "LISA:") is the speaker whose first name or surname it is, when only one has it. */
    private static void addOneWordLabels(List<DraftSpeaker> ordered, Map<String, String> idByKey) {
        var byWord = new HashMap<String, List<String>>();
        for (DraftSpeaker s : ordered) {
            String[] words = s.name().split("\\s+");
            if (words.length > 1) {
                for (String w : List.of(words[0], words[words.length - 1])) {
                    byWord.computeIfAbsent(Ids.nameKey(w), k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        for (DraftSpeaker s : ordered) {
            String[] words = s.name().split("\\s+");
            if (words.length >= 2 && words.length <= 3 && s.name().matches(LATIN_NAME)) {
                // "JH:" for Jensen Huang, "BT:" for Ben Thompson: initials, when only one speaker has them
                var initials = new StringBuilder();
                for (String w : words) {
                    initials.append(w.charAt(0));
                }
                byWord.computeIfAbsent(Ids.nameKey(initials.toString()), k -> new ArrayList<>()).add(s.id());
            }
        }
        byWord.forEach((key, ids) -> {
            if (key.length() >= 2 && ids.stream().distinct().count() == 1) {
                idByKey.putIfAbsent(key, ids.get(0));
            }
        });
    }

    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

    /** A one-word capitalised label on a passage that starts at a clock time ({@code Keith 00:00:00}). */
    private static boolean oneWordTimed(String name, Passage p) {
        return !name.contains(" ") && name.length() >= 3 && Character.isUpperCase(name.charAt(0))
                && !SpeakerLabel.commonWord(name) && p.at() != null && CLOCK.matcher(p.at()).matches()
                && name.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /** Whether the word is the first name or surname of someone already found ("Stephen" of Stephen Witt). */
    private static boolean partOfAName(String word, List<Candidate> candidates) {
        return candidates.stream().map(c -> c.name().split("\\s+")).filter(w -> w.length > 1)
                .anyMatch(w -> w[0].equalsIgnoreCase(word) || w[w.length - 1].equalsIgnoreCase(word));
    }

    private static String allText(List<Passage> passages) {
        return String.join("\n", passages.stream().map(Passage::text).toList());
    }

    /** Whether a label names no company, product or other non-person entity of the knowledge base. */
    private static boolean namesNoThing(EntityMatcher entities, KnowledgeBase kb, String label) {
        return entities.find(label).stream()
                .allMatch(id -> kb.entity(id).map(e -> e.kind() == EntityKind.PERSON).orElse(true));
    }

    /**
     * The company a speaker speaks for: the entity of a KB interest as executive, founder or employee,
     * else a company named in the role found next to the name ({@code AMD CEO}).
     */
    private static Optional<String> affiliation(DraftSpeaker s, KnownSpeakers known, EntityMatcher entities,
                                                KnowledgeBase kb) {
        Optional<Speaker> k = known.byId(s.id()).filter(x -> s.known());
        if (k.isPresent()) {
            for (var kind : List.of(InterestKind.EXECUTIVE, InterestKind.FOUNDER, InterestKind.EMPLOYEE)) {
                for (Interest i : k.get().interests()) {
                    if (i.kind() == kind) {
                        return Optional.of(i.entity());
                    }
                }
            }
        }
        String role = s.role() != null ? s.role() : k.map(Speaker::role).orElse(null);
        if (role == null) {
            return Optional.empty();
        }
        return entities.find(role).stream()
                .filter(id -> kb.entity(id).map(e -> e.kind() != EntityKind.PERSON).orElse(false))
                .findFirst();
    }

    private static int order(Map<String, DraftSpeaker> byId, String id) {
        return new ArrayList<>(byId.keySet()).indexOf(id);
    }

    /** A name has at most this many words; "Where is the constraint on AI now?" after "Host:" is a question. */
    private static final int NAME_WORDS = 5;

    private static boolean plausibleName(String name) {
        return !name.isBlank() && name.length() <= 60 && !name.matches(".*\\d{3,}.*") && !Questions.marked(name)
                && name.strip().split("\\s+").length <= NAME_WORDS && !SENTENCE_END.matcher(name.strip()).find();
    }

    /** A name does not end like a sentence ({@code Host: Thanks for joining us.}); an initial's or a suffix's dot is fine. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:\\b\\p{Ll}\\p{L}*|\\p{L}{4,})[.!]$|[。！]$");

    /** Whether the passage is a line naming the cast ({@code Guest: Lisa Su}, {@code 主持人：王小明}), not a turn. */
    public boolean castLine(String passageText) {
        Matcher meta = META_LINE.matcher(passageText);
        return meta.matches() && !castEntries(meta.group(2), Part.GUEST).isEmpty();
    }

    private static final Pattern CAST_ROLE = Pattern.compile("[（(]([^）)]{1,60})[）)]");

    /** The people a cast line's value names, with the role in brackets (or null), as {@code part}: {@code Lisa Su (AMD CEO), Jane Host}. */
    private static List<Candidate> castEntries(String value, Part part) {
        var out = new ArrayList<Candidate>();
        for (String piece : SPLIT.split(value)) {
            String raw = piece.strip();
            Matcher role = CAST_ROLE.matcher(raw);
            String r = role.find() ? role.group(1).strip() : null;
            String name = Markdown.name(raw.replaceAll("[（(][^）)]*[）)]", ""));
            if (plausibleName(name)) {
                out.add(new Candidate(name, r, part));
            }
        }
        return out;
    }

    /** The turn a transcript label opens at the start of this passage ({@code Lisa Su: ...}), if it names a speaker. */
    public Optional<Turn> label(String passageText) {
        return SpeakerLabel.at(passageText)
                .flatMap(l -> Optional.ofNullable(idByKey.get(Ids.nameKey(l.name()))).map(id -> new Turn(id, l.end())));
    }

    /** The knowledge base entity a speaker speaks for (so "our revenue" is that company's), if known. */
    public Optional<String> affiliation(String speakerId) {
        return Optional.ofNullable(affiliationById.get(speakerId));
    }

    /** Whether the words are a speaker's name (or a first name or surname of one), which is never a quantity's subject. */
    public boolean isSpeakerName(String words) {
        return idByKey.containsKey(Ids.nameKey(words));
    }

    private static final String EN_VERBS = WordLists.lines("reported-speech", "en").stream()
            .filter(v -> !v.equals("according to")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    private static final String ZH_VERBS = WordLists.lines("reported-speech", "zh").stream()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    private static final String JA_ENDINGS = WordLists.lines("reported-speech", "ja").stream()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    /** Titles between a Japanese name and its は ({@code アモン最高経営責任者(CEO)は}), {@code titles-ja.txt}. */
    private static final String JA_TITLES = "(?:(?:" + WordLists.lines("titles", "ja").stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|")) + ")(?:[(（][^)）]{1,12}[)）])?){0,3}";
    /** The Japanese reporting endings as verbs after は ({@code 「…」とアモン氏は述べた}): the endings without their と. */
    private static final String JA_VERBS = WordLists.lines("reported-speech", "ja").stream()
            .map(v -> v.replaceFirst("^との?", "")).filter(v -> v.length() >= 1).map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|"));
    /** After a name: "said", "has long argued"; 說, 在11月底表示, 在…受訪表示：「; 氏は…と述べた, 氏は述べた. */
    private static final String EN_NOUNS = WordLists.lines("reported-nouns", "en").stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|"));
    private static final Pattern AFTER_NAME = Pattern.compile("^(?:(?:'s)?\\s+(?:[a-z]{2,8}\\s+){0,2}?(?:" + EN_VERBS + ")\\b"
            + "|['’]s\\s+(?:" + EN_NOUNS + ")\\s*:"
            + "|[^。！？，,「“]{0,12}?(?:" + ZH_VERBS + ")"
            + "|[^。！？，,「“]{0,30}?(?:" + ZH_VERBS + ")[:：]?\\s*[「“]"
            + "|" + JA_TITLES + "は(?:[^。「]|「[^」]*」)*?(?:" + JA_ENDINGS + ")"
            + "|" + JA_TITLES + "は(?:" + JA_VERBS + "))", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_NAME = Pattern.compile("(?i)(?:according to|said|says)\\s+(?:[\\p{L}-]+\\s+){0,4}$");

    /**
     * Who says the sentence: the paragraph's labelled speaker; else the speaker the sentence reports
     * ({@code Huang said …}, {@code according to Su}, {@code 黃仁勳表示…}, {@code 貝克認為…},
     * {@code フアン氏は…と述べた}; cue words in {@code reported-speech-en/ja/zh.txt}); else a speaker
     * named at its start; else the main one.
     */
    public String attribute(String sentence, String labelled) {
        if (labelled != null) {
            return labelled;
        }
        return reported(Markdown.normalized(sentence)).orElseGet(() -> namedAtStart(sentence));
    }

    /** The speaker whose words the sentence reports by name ({@code Huang said …}, {@code 黃仁勳表示}), if any. */
    public Optional<String> reportedSpeaker(String sentence) {
        return reported(Markdown.normalized(sentence));
    }

    /** A source speaker named in the sentence's first characters ({@code Su highlighted …}), if any. */
    public Optional<String> namedNearStart(String sentence) {
        String found = namedAtStart(sentence);
        return found.equals(main) && !mentionById.getOrDefault(main, NOBODY).matcher(head(sentence)).find()
                ? Optional.empty() : Optional.of(found);
    }

    /** How many different source speakers the sentence names. */
    public long speakersNamed(String sentence) {
        String text = Markdown.normalized(sentence);
        return mentionById.values().stream().filter(m -> m.matcher(text).find()).count();
    }

    private static final Pattern NOBODY = Pattern.compile("(?!)");
    private static final Pattern PRONOUNS = WordLists.phrases("pronouns", null);
    private static final List<String> NOT_PRONOUNS = WordLists.lines("pronouns-plural");
    private static final Pattern JA_REPORT_ENDING = WordLists.alternation(WordLists.lines("reported-speech", "ja"));

    /**
     * Whether the sentence reports someone's words without naming them: a singular pronoun before a
     * reporting verb ({@code He later told reporters …}, {@code "…," she said}, {@code 他指出…},
     * {@code 同氏は…と述べた}), or, in Japanese, a reporting ending with nobody named
     * ({@code AI需要は「驚くほど高い」と述べた}); the pronouns are {@code pronouns-en/ja/zh.txt}.
     */
    public boolean reportsUnnamed(String sentence) {
        String text = Markdown.normalized(sentence);
        var m = PRONOUNS.matcher(text);
        while (m.find()) {
            boolean clauseStart = m.start() == 0 || !Character.isLetterOrDigit(text.codePointBefore(m.start()));
            String from = text.substring(m.start());
            boolean plural = NOT_PRONOUNS.stream().anyMatch(from::startsWith);
            if (clauseStart && !plural && AFTER_NAME.matcher(text.substring(m.end())).lookingAt()) {
                return true;
            }
        }
        return speakersNamed(sentence) == 0 && JA_REPORT_ENDING.matcher(text).find()
                && LanguageDetector.detect(text).equals("ja");
    }

    /** The speaker whose words the sentence reports, the earliest one when it reports several. */
    private Optional<String> reported(String text) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (var e : mentionById.entrySet()) {
            int i = firstReport(text, e.getValue());
            if (i >= 0 && i < at) {
                at = i;
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Where the text first reports the words of the person the pattern names, or -1. */
    private static int firstReport(String text, Pattern mention) {
        Matcher m = mention.matcher(text);
        while (m.find()) {
            if (quoted(text, m.start())) {
                continue; // "「…川普總統已經表示…」": a name inside someone's quotation is not who reports it
            }
            if (AFTER_NAME.matcher(text.substring(m.end())).lookingAt() || BEFORE_NAME.matcher(text.substring(0, m.start())).find()) {
                return m.start();
            }
        }
        return -1;
    }

    /** Whether the position is inside a CJK quotation ({@code 「」}, {@code 『』}, {@code “”}). */
    private static boolean quoted(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '「' || c == '『' || c == '“') {
                depth++;
            } else if ((c == '」' || c == '』' || c == '”') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 && LanguageDetector.isCjk(LanguageDetector.detect(text));
    }

    /** Forms this short ("Su", "Li", "Wu") match only as written, capital first: "su" is no one. */
    private static final int SHORT_FORM = 3;

    /** A pattern for a person's name forms, as whole words where they are Latin. */
    private static Pattern mentionPattern(List<String> forms) {
        var alternatives = forms.stream().filter(f -> !f.isBlank())
                .map(f -> f.length() <= SHORT_FORM && f.chars().allMatch(c -> c < 128) ? "(?-i:" + Pattern.quote(f) + ")"
                        : Pattern.quote(f)).toList();
        return Pattern.compile("(?<![\\p{IsLatin}])(?:" + String.join("|", alternatives) + ")(?![\\p{IsLatin}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String head(String sentence) {
        String head = Markdown.normalized(sentence);
        return head.substring(0, Math.min(head.length(), 24));
    }

    /** Latin words before a name that can open a sentence whose subject is that person ("Then Huang …", "But Su …"). */
    private static final int OPENING_WORDS = 2;

    /** Whether the name found at {@code at} can be the sentence's subject: in Latin script, only short openers come before it. */
    private static boolean subjectPosition(String head, int at) {
        String before = head.substring(0, at).strip();
        if (before.isEmpty() || !before.chars().allMatch(c -> c < 0x2E80)) {
            return true; // CJK: "輝達執行長黃仁勳表示" names the subject after its title
        }
        String[] words = before.split("[\\s,]+");
        return words.length <= OPENING_WORDS && java.util.Arrays.stream(words)
                .noneMatch(w -> SUBJECT_BLOCKERS.contains(w.toLowerCase(java.util.Locale.ROOT)));
    }

    private static final java.util.Set<String> SUBJECT_BLOCKERS = WordLists.lines("subject-blockers", "en").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

    /** A speaker named in the sentence's first characters ({@code Baker認為…}), else the main speaker. */
    private String namedAtStart(String sentence) {
        String head = head(sentence);
        String found = null;
        int at = Integer.MAX_VALUE;
        for (var e : mentionById.entrySet()) {
            Matcher m = e.getValue().matcher(head);
            if (m.find() && m.start() < at && subjectPosition(head, m.start())) {
                at = m.start();
                found = e.getKey();
            }
        }
        return found != null ? found : main;
    }

    /** The knowledge base's speakers, found by any spelling of their name or id. */
    private static final class KnownSpeakers {
        private final KnowledgeBase kb;
        private final Map<String, Speaker> byKey = new HashMap<>();
        private final Map<String, List<String>> aliases = new HashMap<>();

        KnownSpeakers(KnowledgeBase kb) {
            this.kb = kb;
            for (Speaker s : kb.speakers()) {
                byKey.putIfAbsent(Ids.nameKey(s.name()), s);
                byKey.putIfAbsent(Ids.nameKey(s.id()), s);
                Optional<Entity> person = kb.entity(s.id()).filter(e -> e.kind() == EntityKind.PERSON);
                var forms = new ArrayList<String>();
                person.ifPresent(e -> {
                    forms.add(e.name());
                    forms.addAll(e.aliases());
                });
                forms.addAll(s.aliases()); // fact-files v2: the speaker's own names in any script
                forms.forEach(f -> byKey.putIfAbsent(Ids.nameKey(f), s));
                aliases.put(s.id(), forms);
            }
        }

        Optional<Speaker> match(String name) {
            Speaker s = byKey.get(Ids.nameKey(name));
            if (s == null) {
                s = byKey.get(Ids.nameKey(Ids.slug(name, 8)));
            }
            if (s == null) {
                s = byKey.get(Ids.nameKey(Ids.withoutInitials(name))); // "Cristiano R. Amon"
            }
            return Optional.ofNullable(s);
        }

        /** A person entity of the knowledge base that is not (yet) a speaker, by name or alias. */
        Optional<Entity> person(String name) {
            String key = Ids.nameKey(name);
            return kb.entities().stream()
                    .filter(e -> e.kind() == EntityKind.PERSON && kb.speaker(e.id()).isEmpty())
                    .filter(e -> Ids.nameKey(e.name()).equals(key) || e.aliases().stream().anyMatch(a -> Ids.nameKey(a).equals(key)))
                    .findFirst();
        }

        Optional<Speaker> byId(String id) {
            return kb.speaker(id);
        }

        /** The one KB speaker whose initials the label is ({@code BT:}) and whose name the text mentions. */
        Optional<Speaker> byInitials(String label, String text) {
            String upper = label.toUpperCase(java.util.Locale.ROOT);
            if (!upper.matches("\\p{Lu}{2,3}")) {
                return Optional.empty();
            }
            List<Speaker> found = kb.speakers().stream().filter(s -> initials(s.name()).equals(upper))
                    .filter(s -> text.contains(s.name()) || aliases(s.id()).stream().anyMatch(a -> a.length() >= 4 && text.contains(a))).toList();
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        private static String initials(String name) {
            var sb = new StringBuilder();
            for (String w : name.split("\\s+")) {
                if (!w.isEmpty()) {
                    sb.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            return sb.toString();
        }

        List<String> aliases(String id) {
            return aliases.getOrDefault(id, List.of()).stream().filter(a -> !a.isBlank()).toList();
        }

        Optional<Speaker> mostMentioned(String text) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            Speaker best = null;
            int bestCount = 1;
            for (Speaker s : kb.speakers()) {
                int count = 0;
                var forms = new ArrayList<String>(aliases(s.id()));
                String[] words = s.name().split("\\s+");
                // The surname alone counts ("Baker 認為"), which also covers the full name.
                // Only for a person's name: "Author of the ... post on the Baker interview" has no surname.
                boolean personName = words.length > 1 && words.length <= 4 && s.name().matches(LATIN_NAME);
                forms.add(personName && words[words.length - 1].length() > 2 ? words[words.length - 1] : s.name());
                for (String f : forms) {
                    String needle = f.toLowerCase(java.util.Locale.ROOT);
                    for (int i = lower.indexOf(needle); i >= 0 && !needle.isEmpty(); i = lower.indexOf(needle, i + 1)) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = s;
                    bestCount = count;
                }
            }
            return Optional.ofNullable(best);
        }
    }
}
