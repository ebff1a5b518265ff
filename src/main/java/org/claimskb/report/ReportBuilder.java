package org.claimskb.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.report.Report.BandCount;
import org.claimskb.report.Report.Breakdown;
import org.claimskb.report.Report.ClaimRef;
import org.claimskb.report.Report.ContradictionItem;
import org.claimskb.report.Report.RevisionItem;
import org.claimskb.report.Report.SideItem;
import org.claimskb.report.Report.Count;
import org.claimskb.report.Report.EvidenceItem;
import org.claimskb.report.Report.FindingItem;
import org.claimskb.report.Report.Highlights;
import org.claimskb.report.Report.InterestHighlight;
import org.claimskb.report.Report.InterestItem;
import org.claimskb.report.Report.Methodology;
import org.claimskb.report.Report.PredictionItem;
import org.claimskb.report.Report.Predictions;
import org.claimskb.report.Report.RegimeItem;
import org.claimskb.report.Report.RuleItem;
import org.claimskb.report.Report.SpeakerCard;
import org.claimskb.report.Report.Summary;
import org.claimskb.report.Report.TrackRecord;
import org.claimskb.report.Report.VerdictSection;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.DisagreementKind;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Side;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.Finding;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.RuleInfo;
import org.claimskb.scoring.Verdict;
import org.claimskb.scoring.VerdictBand;

/**
 * Turns a knowledge base and the rules' analysis of it into one {@link Report}. Everything is
 * ordered here, with ties broken by id, so that the same input gives byte-identical output.
 */
public final class ReportBuilder {

    private static final double NEGLIGIBLE_EFFECT = 1e-9;

    private final KnowledgeBase kb;
    private final Analysis analysis;
    private final LocalDate asOf;
    private final Map<String, Integer> firedByRule;

    private ReportBuilder(KnowledgeBase kb, Analysis analysis) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.asOf = analysis.asOf();
        var fired = new HashMap<String, Integer>();
        for (ClaimScore score : analysis.scores().values()) {
            for (Finding f : score.findings()) {
                fired.merge(f.rule(), 1, Integer::sum);
            }
        }
        this.firedByRule = fired;
    }

    /** The report on {@code kb} as the rules scored it in {@code analysis}. */
    public static Report build(KnowledgeBase kb, Analysis analysis) {
        return new ReportBuilder(kb, analysis).build();
    }

    private Report build() {
        List<VerdictSection> verdicts = verdicts();
        List<ContradictionItem> contradictions = contradictions();
        List<SpeakerCard> speakers = speakers();
        Highlights highlights = highlights();
        Predictions predictions = predictions();
        List<RevisionItem> revisions = revisions();
        Summary summary = summary(verdicts, contradictions, speakers, highlights, predictions, revisions);
        return new Report(summary, verdicts, contradictions, speakers, highlights, predictions, methodology(),
                revisions);
    }

    // ---- claims as cited everywhere -------------------------------------------------------

    ClaimRef ref(String claimId) {
        Optional<Claim> found = kb.claim(claimId);
        if (found.isEmpty()) {
            // The analysis is computed from the same KB, so this only happens with a stale cache;
            // show the id rather than fail the whole report.
            Optional<ClaimScore> score = analysis.score(claimId);
            return new ClaimRef(claimId, null, null, sourceOf(claimId), null, null, null, null,
                    "(claim " + claimId + " is not in the knowledge base)", null,
                    score.map(ClaimScore::credibility).orElse(null), flagsOf(score, false), false);
        }
        Claim c = found.get();
        Optional<Source> source = kb.source(c.sourceId());
        Optional<ClaimScore> score = analysis.score(c.id());
        return new ClaimRef(c.id(), c.speaker(), speakerName(c.speaker()), c.sourceId(),
                source.map(Source::title).orElse(null),
                source.map(Source::date).map(PartialDate::toString).orElse(null),
                c.at(), c.kind() == null ? null : c.kind().wire(), c.text(), c.quote(),
                score.map(ClaimScore::credibility).orElse(null), flagsOf(score, c.draft()), c.draft());
    }

    private static String sourceOf(String claimId) {
        int slash = claimId.indexOf('/');
        return slash < 0 ? null : claimId.substring(0, slash);
    }

    private static List<String> flagsOf(Optional<ClaimScore> score, boolean draft) {
        var flags = new java.util.TreeSet<Flag>();
        score.ifPresent(s -> flags.addAll(s.flags()));
        if (draft) {
            flags.add(Flag.DRAFT);
        }
        return flags.stream().map(Flag::wire).toList();
    }

    private String speakerName(String speakerId) {
        return kb.speaker(speakerId).map(Speaker::name).orElse(speakerId);
    }

    private Breakdown breakdown(String claimId) {
        return analysis.score(claimId).map(s -> new Breakdown(s.prior(), s.priorDetail(),
                s.findings().stream()
                        .filter(f -> f.flag() != null || Math.abs(f.effect()) > NEGLIGIBLE_EFFECT)
                        .sorted(Comparator.comparingDouble((Finding f) -> -Math.abs(f.effect()))
                                .thenComparing(Finding::rule)
                                .thenComparing(f -> Objects.toString(f.detail(), "")))
                        .map(ReportBuilder::findingItem)
                        .toList()))
                .orElse(null);
    }

    private static FindingItem findingItem(Finding f) {
        return new FindingItem(f.rule(), f.flag() == null ? null : f.flag().wire(), f.effect(), f.detail());
    }

    // ---- verdicts -------------------------------------------------------------------------

    private List<VerdictSection> verdicts() {
        return analysis.verdicts().stream()
                .map(this::verdict)
                .sorted(Comparator.comparingDouble(VerdictSection::weight).reversed()
                        .thenComparing(VerdictSection::proposition))
                .toList();
    }

    private VerdictSection verdict(Verdict v) {
        List<EvidenceItem> forItems = evidence(v.evidenceFor());
        List<EvidenceItem> againstItems = evidence(v.evidenceAgainst());
        String statement = v.statement() != null ? v.statement()
                : kb.proposition(v.proposition()).map(p -> p.statement()).orElse(v.proposition());
        return new VerdictSection(v.proposition(), statement, v.verdict().wire(), ReportText.bandLabel(v.verdict()),
                v.score(), v.weight(), totalWeight(forItems), totalWeight(againstItems), forItems, againstItems);
    }

    private List<EvidenceItem> evidence(List<Evidence> evidence) {
        return evidence.stream()
                .map(e -> new EvidenceItem(ref(e.claim()), e.position() == null ? null : e.position().wire(),
                        e.credibility(), e.weight(), e.why(), breakdown(e.claim())))
                .sorted(Comparator.comparingDouble(EvidenceItem::weight).reversed()
                        .thenComparing(Comparator.comparingDouble(EvidenceItem::credibility).reversed())
                        .thenComparing(e -> e.claim().id()))
                .toList();
    }

    private static double totalWeight(List<EvidenceItem> items) {
        return items.stream().mapToDouble(EvidenceItem::weight).sum();
    }

    // ---- contradictions -------------------------------------------------------------------

    /** Each disagreement once, heaviest first, then each self-contradiction. */
    private List<ContradictionItem> contradictions() {
        List<ContradictionItem> items = new ArrayList<>();
        for (Disagreement d : analysis.disagreements()) {
            List<ClaimRef> strongest = d.sides().stream().map(side -> ref(side.strongest().id())).toList();
            List<String> speakers = d.speakers();
            String on = topic(d) + (d.year() == null ? "" : " (" + d.year() + ")");
            String subject = d instanceof NumericDisagreement n ? n.subject() : null;
            String metric = d instanceof NumericDisagreement n ? n.metric() : null;
            items.add(new ContradictionItem(d.kind().wire(), on, subject, metric, sidesText(d), speakers,
                    speakers.stream().map(this::speakerName).toList(), strongest,
                    d.sides().stream().map(side -> new SideItem(side.label(), side.speakers(),
                            side.speakers().stream().map(this::speakerName).toList(), side.weight(),
                            side.claims().size(), ref(side.strongest().id()))).toList()));
        }
        for (SelfContradiction c : analysis.selfContradictions()) {
            String on = c.about() + (c.year() == null ? "" : " (" + c.year() + ")");
            if (c.kind() == DisagreementKind.STANCE) {
                on = kb.proposition(c.about()).map(p -> p.statement()).orElse(c.about())
                        + (c.year() == null ? "" : " (" + c.year() + ")");
            }
            items.add(new ContradictionItem(SELF, on, null, null, c.detail(), List.of(c.speaker()),
                    List.of(speakerName(c.speaker())), c.claims().stream().map(r -> ref(r.id())).toList(),
                    List.of()));
        }
        return items;
    }

    /** The kind spelled for self-contradictions in the report (cli.md's {@code self}). */
    static final String SELF = "self";

    /** In words: the proposition's statement, or "metric of subject" with the subject's entity name. */
    private String topic(Disagreement d) {
        if (d instanceof NumericDisagreement n) {
            String subject = kb.entity(n.subject()).map(e -> e.name()).orElse(n.subject());
            return n.metric() + " of " + subject + (n.scope() == null ? "" : " (" + n.scope() + ")");
        }
        return d.about();
    }

    /** {@code for: Gavin Baker, Jensen Huang (weight 1.2) vs against: Dylan Patel (0.6)}. */
    private String sidesText(Disagreement d) {
        return d.sides().stream().map(side -> side.label() + ": "
                        + side.speakers().stream().map(this::speakerName).collect(Collectors.joining(", "))
                        + " (weight " + ReportText.fixed(side.weight()) + ")")
                .collect(Collectors.joining(" vs "));
    }

    private List<RevisionItem> revisions() {
        List<RevisionItem> items = new ArrayList<>();
        for (Revision r : analysis.revisions()) {
            String about = r.kind() == DisagreementKind.STANCE
                    ? kb.proposition(r.about()).map(p -> p.statement()).orElse(r.about()) : r.about();
            items.add(new RevisionItem(r.speaker(), speakerName(r.speaker()), r.kind().wire(), about,
                    r.from().position() + " (" + r.from().when() + ")", ref(r.from().claim()),
                    r.to().position() + " (" + r.to().when() + ")", ref(r.to().claim()), r.detail()));
        }
        return items;
    }


    // ---- speakers -------------------------------------------------------------------------

    private List<SpeakerCard> speakers() {
        Map<String, ReportCard> cards = analysis.reportCards().stream()
                .collect(Collectors.toMap(ReportCard::id, Function.identity(), (a, b) -> a));
        var ids = new LinkedHashSet<String>();
        kb.speakers().forEach(s -> ids.add(s.id()));
        analysis.reportCards().forEach(c -> ids.add(c.id()));
        return ids.stream()
                .map(id -> card(id, cards.get(id), kb.speaker(id).orElse(null)))
                .sorted(Comparator.comparing((SpeakerCard c) -> ReportText.gradeRank(c.grade()))
                        .thenComparing(c -> c.meanCredibility() == null ? 1.0 : -c.meanCredibility())
                        .thenComparing(SpeakerCard::id))
                .toList();
    }

    private SpeakerCard card(String id, ReportCard card, Speaker speaker) {
        String name = speaker != null ? speaker.name() : card.name();
        String role = speaker == null ? null : speaker.role();
        Regime regime = speaker != null ? speaker.regime() : card.regime();
        List<InterestItem> interests = speaker == null ? List.of() : speaker.interests().stream()
                .map(i -> new InterestItem(i.entity(), kb.entity(i.entity()).map(e -> e.name()).orElse(i.entity()),
                        i.kind() == null ? null : i.kind().wire(), i.basis(), i.source()))
                .sorted(Comparator.comparing(InterestItem::entity))
                .toList();
        String regimeBasis = speaker == null ? null : speaker.regimeBasis();
        if (card == null) {
            int claims = (int) kb.claims().stream().filter(c -> id.equals(c.speaker())).count();
            return new SpeakerCard(id, name, role, regime == null ? null : regime.wire(), regimeBasis, "F",
                    ReportText.gradeLabel("F"), "The rules produced no report card for this speaker.", claims,
                    List.of(), null, null, List.of(), 0, new TrackRecord(0, 0, 0, 0, null), interests);
        }
        return new SpeakerCard(id, name, role, regime == null ? null : regime.wire(), regimeBasis, card.grade(),
                ReportText.gradeLabel(card.grade()), card.gradeReason(), card.claims(),
                ordered(card.byKind(), ClaimKind.class), card.meanCredibility(), card.meanFactCredibility(),
                ordered(card.flags(), Flag.class), card.selfContradictions(),
                new TrackRecord(card.predictionsDue(), card.predictionsTrue(), card.predictionsFalse(),
                        card.predictionsPending(), card.brier()),
                interests);
    }

    /** Counts in the enum's declaration order (the order the contract lists them), unknown names last. */
    private static <E extends Enum<E> & org.claimskb.model.Wire> List<Count> ordered(Map<String, Integer> counts,
                                                                                  Class<E> type) {
        var result = new ArrayList<Count>();
        var rest = new TreeMap<>(counts);
        for (E e : type.getEnumConstants()) {
            for (String spelling : List.of(e.wire(), e.name())) {
                Integer n = rest.remove(spelling);
                if (n != null && n != 0) {
                    result.add(new Count(e.wire(), n));
                }
            }
        }
        rest.forEach((k, n) -> {
            if (n != 0) {
                result.add(new Count(k, n));
            }
        });
        return result;
    }

    // ---- interests ------------------------------------------------------------------------

    private Highlights highlights() {
        return new Highlights(flagged(Flag.SELF_INTEREST), flagged(Flag.AGAINST_INTEREST));
    }

    private List<InterestHighlight> flagged(Flag flag) {
        var result = new ArrayList<InterestHighlight>();
        for (ClaimScore score : analysis.scores().values()) {
            score.findings().stream()
                    .filter(f -> f.flag() == flag)
                    .min(Comparator.comparingDouble((Finding f) -> -Math.abs(f.effect())).thenComparing(Finding::rule))
                    .ifPresent(f -> result.add(new InterestHighlight(ref(score.claim()), f.rule(), f.effect(), f.detail())));
        }
        result.sort(Comparator.comparingDouble((InterestHighlight h) -> -Math.abs(h.effect()))
                .thenComparing(h -> h.claim().id()));
        return result;
    }

    // ---- predictions ----------------------------------------------------------------------

    private Predictions predictions() {
        Map<String, Resolution> latest = new HashMap<>();
        for (Resolution r : kb.resolutions()) {
            if (!r.knownBy(asOf)) {
                continue; // not known yet on the report's day, as the rules read it
            }
            latest.merge(r.claim(), r, (a, b) -> b.date() != null && (a.date() == null || b.date().isAfter(a.date())) ? b : a);
        }
        var due = new ArrayList<PredictionItem>();
        var pending = new ArrayList<PredictionItem>();
        var resolved = new ArrayList<PredictionItem>();
        for (Claim c : kb.claims()) {
            if (c.kind() != ClaimKind.PREDICTION) {
                continue;
            }
            Resolution r = latest.get(c.id());
            LocalDate checkBy = c.checkBy();
            String dueText = c.due() != null ? c.due().toString() : checkBy == null ? null : checkBy.toString();
            if (r != null) {
                resolved.add(new PredictionItem(ref(c.id()), dueText, c.probability(), r.outcome().wire(),
                        r.date() == null ? null : r.date().toString(), r.evidence()));
            } else if (checkBy != null && checkBy.isBefore(asOf)) {
                due.add(new PredictionItem(ref(c.id()), dueText, c.probability(), "due", null, null));
            } else {
                pending.add(new PredictionItem(ref(c.id()), dueText, c.probability(), "pending", null, null));
            }
        }
        Comparator<PredictionItem> byDue = Comparator.comparing(
                (PredictionItem p) -> kb.claim(p.claim().id()).map(Claim::checkBy).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()));
        due.sort(byDue.thenComparing(p -> p.claim().id()));
        pending.sort(byDue.thenComparing(p -> p.claim().id()));
        resolved.sort(Comparator.comparing(PredictionItem::resolvedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.claim().id()));
        return new Predictions(due, pending, resolved);
    }

    // ---- methodology ----------------------------------------------------------------------

    private Methodology methodology() {
        var regimes = new ArrayList<RegimeItem>();
        for (Regime regime : Regime.values()) {
            List<String> names = kb.speakers().stream()
                    .filter(s -> s.regime() == regime)
                    .map(Speaker::name)
                    .sorted()
                    .toList();
            regimes.add(new RegimeItem(regime.wire(), ReportText.regimeMeaning(regime), names));
        }
        List<RuleItem> rules = analysis.rules().stream()
                .map((RuleInfo r) -> new RuleItem(r.file(), r.name(), r.flag(), r.weight(), r.reason(),
                        r.fired() != null ? r.fired() : firedByRule.getOrDefault(r.name(), 0)))
                .sorted(Comparator.comparing(RuleItem::file, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RuleItem::name))
                .toList();
        return new Methodology(ReportText.PRINCIPLES, regimes, rules);
    }

    // ---- summary --------------------------------------------------------------------------

    private Summary summary(List<VerdictSection> verdicts, List<ContradictionItem> contradictions,
                            List<SpeakerCard> speakers, Highlights highlights, Predictions predictions,
                            List<RevisionItem> revisions) {
        int drafts = (int) kb.claims().stream().filter(Claim::draft).count();
        int events = (int) kb.sources().stream().map(Source::eventKey).distinct().count();
        List<PartialDate> dates = kb.sources().stream().map(Source::date).filter(Objects::nonNull).sorted().toList();
        String first = dates.isEmpty() ? null : dates.getFirst().toString();
        String last = dates.isEmpty() ? null : dates.getLast().toString();
        int selfContradictions = (int) contradictions.stream().filter(c -> c.kind().equals(SELF)).count();

        var bandCounts = new EnumMap<VerdictBand, Integer>(VerdictBand.class);
        analysis.verdicts().forEach(v -> bandCounts.merge(v.verdict(), 1, Integer::sum));
        List<BandCount> bands = java.util.Arrays.stream(VerdictBand.values())
                .map(b -> new BandCount(b.wire(), ReportText.bandLabel(b), bandCounts.getOrDefault(b, 0)))
                .toList();

        var summary = new Summary(asOf.toString(), kb.claims().size(), kb.claims().size() - drafts, drafts,
                kb.speakers().size(), kb.sources().size(), events, kb.entities().size(), kb.propositions().size(),
                kb.resolutions().size(), contradictions.size(), selfContradictions, first, last, bands, List.of());
        List<String> keyFindings = KeyFindings.of(summary, verdicts, speakers, highlights, predictions,
                revisions);
        return new Summary(summary.asOf(), summary.claims(), summary.reviewedClaims(), summary.draftClaims(),
                summary.speakers(), summary.sources(), summary.events(), summary.entities(), summary.propositions(),
                summary.resolutions(), summary.contradictions(), summary.selfContradictions(), first, last, bands,
                keyFindings);
    }
}
