package org.claimskb.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.ClaimStatus;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Interest;
import org.claimskb.model.InterestKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Outcome;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.ClaimRef;
import org.claimskb.scoring.DisagreementKind;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Side;
import org.claimskb.scoring.StanceDisagreement;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.Finding;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.RuleInfo;
import org.claimskb.scoring.Verdict;
import org.claimskb.scoring.VerdictBand;

/**
 * A small knowledge base and an analysis of it, built directly (the rules engine is another
 * package's job): four speakers, three sources, two propositions, a numeric, a stance and a
 * self-contradiction, predictions pending, due and resolved. Every free-text field goes through
 * {@code text}, so a test can make all of them hostile at once.
 */
final class ReportFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ]]> | pipe [link](javascript:alert(3)) *bold* &amp;";

    final KnowledgeBase kb;
    final Analysis analysis;

    private ReportFixture(KnowledgeBase kb, Analysis analysis) {
        this.kb = kb;
        this.analysis = analysis;
    }

    static ReportFixture plain() {
        return build(UnaryOperator.identity());
    }

    static ReportFixture hostile() {
        return build(s -> s + " " + HOSTILE);
    }

    static ReportFixture build(UnaryOperator<String> text) {
        var speakers = List.of(
                new Speaker("jensen-huang", text.apply("Jensen Huang"), text.apply("Co-founder and CEO, NVIDIA"),
                        Regime.BOUNDED, null,
                        List.of(new Interest("nvidia", InterestKind.EXECUTIVE, text.apply("CEO of the company"), null))),
                new Speaker("gavin-baker", text.apply("Gavin Baker"), text.apply("CIO, Atreides Management"),
                        Regime.BOUNDED, null,
                        List.of(new Interest("nvidia", InterestKind.INVESTOR, text.apply("fund holds NVIDIA"), null))),
                new Speaker("dylan-patel", text.apply("Dylan Patel"), text.apply("Founder, SemiAnalysis"),
                        Regime.UNKNOWN, null, List.of()),
                new Speaker("elon-musk", text.apply("Elon Musk"), text.apply("CEO, xAI"), Regime.UNBOUNDED, null,
                        List.of(new Interest("xai", InterestKind.FOUNDER, text.apply("founded xAI"), null))));
        var entities = List.of(
                new Entity("nvidia", text.apply("NVIDIA"), List.of("NVDA"), EntityKind.COMPANY, null),
                new Entity("google", text.apply("Google"), List.of(), EntityKind.COMPANY, null),
                new Entity("xai", text.apply("xAI"), List.of(), EntityKind.COMPANY, null),
                new Entity("blackwell-rack", text.apply("Blackwell rack"), List.of(), EntityKind.PRODUCT, "nvidia"));
        var propositions = List.of(
                new Proposition("google-lowest-cost", text.apply("Google is the lowest-cost producer of AI tokens."),
                        List.of("google")),
                new Proposition("scaling-holds", text.apply("Pre-training scaling laws still hold."), List.of()));
        var sources = List.of(
                source("baker-iltb-2025", text.apply("GPUs, TPUs and the economics of AI"), SourceKind.SUMMARY,
                        "2025-12-09", List.of("gavin-baker")),
                source("huang-pod-2026", text.apply("Jensen Huang on the podcast"), SourceKind.TRANSCRIPT,
                        "2026-01", List.of("jensen-huang", "elon-musk")),
                source("patel-notes-2025", text.apply("SemiAnalysis notes"), SourceKind.ARTICLE, "2025-11-20",
                        List.of("dylan-patel")));
        var claims = List.of(
                claim("baker-iltb-2025/rack-weight", "gavin-baker", "05:03", ClaimKind.STATISTIC,
                        text.apply("Blackwell racks weigh about 3,000 lb."), text.apply("ラック重量：約3,000ポンド"),
                        new Quantity("blackwell-rack", "weight", 3000, 3000, "lb", null), List.of(), null, null),
                claim("baker-iltb-2025/google-cheapest", "gavin-baker", "12:40", ClaimKind.ANALYSIS,
                        text.apply("Google's TPUs make it the cheapest token producer today."), null, null,
                        List.of(new Stance("google-lowest-cost", Position.FOR)), null, null),
                claim("patel-notes-2025/rack-weight", "dylan-patel", "section 2", ClaimKind.STATISTIC,
                        text.apply("A GB200 NVL72 rack weighs about 6,000 lb."), null,
                        new Quantity("blackwell-rack", "weight", 6000, 6000, "lb", null), List.of(), null, null),
                claim("patel-notes-2025/tpu-cost", "dylan-patel", "section 3", ClaimKind.FACT,
                        text.apply("TPU v7 total cost of ownership is below GB200's."), null, null,
                        List.of(new Stance("google-lowest-cost", Position.FOR)), null, null),
                claim("huang-pod-2026/gpu-cheapest", "jensen-huang", "31:10", ClaimKind.OPINION,
                        text.apply("NVIDIA produces the cheapest tokens of anyone."), null, null,
                        List.of(new Stance("google-lowest-cost", Position.AGAINST)), null, null),
                claim("huang-pod-2026/scaling", "jensen-huang", "40:00", ClaimKind.PREDICTION,
                        text.apply("Scaling will continue through 2026."), null, null,
                        List.of(new Stance("scaling-holds", Position.FOR)), PartialDate.parse("2026-12-31").orElseThrow(), 0.8),
                claim("huang-pod-2026/musk-agi-2025", "elon-musk", "55:00", ClaimKind.PREDICTION,
                        text.apply("AGI arrives by the end of 2025."), null, null, List.of(),
                        PartialDate.parse("2025-12-31").orElseThrow(), null),
                claim("huang-pod-2026/musk-agi-never", "elon-musk", "58:00", ClaimKind.OPINION,
                        text.apply("Scaling has hit a wall."), null, null,
                        List.of(new Stance("scaling-holds", Position.AGAINST)), null, null),
                claim("huang-pod-2026/musk-scaling", "elon-musk", "59:00", ClaimKind.OPINION,
                        text.apply("Scaling is working better than ever."), null, null,
                        List.of(new Stance("scaling-holds", Position.FOR)), null, null),
                claim("patel-notes-2025/rubin-2026", "dylan-patel", "section 4", ClaimKind.PREDICTION,
                        text.apply("Rubin ships in volume in 2025."), null, null, List.of(),
                        PartialDate.parse("2025-09").orElseThrow(), 0.6));
        var draft = new ArrayList<>(claims);
        draft.add(new Claim("patel-notes-2025/draft-one", "patel-notes-2025", "dylan-patel", null, ClaimKind.OPINION,
                text.apply("An unreviewed draft claim."), null, List.of(), null, List.of(), null, List.of(), List.of(),
                null, null, null, null, ClaimStatus.DRAFT, 99));
        var resolutions = List.of(new Resolution("patel-notes-2025/rubin-2026", Outcome.FALSE,
                LocalDate.of(2026, 1, 15), text.apply("https://example.org/rubin-slip"), "claims/resolutions.yaml"));
        var kb = new KnowledgeBase(speakers, entities, propositions, sources, draft, resolutions);

        Map<String, ClaimScore> scores = new LinkedHashMap<>();
        score(scores, "baker-iltb-2025/rack-weight", 1.4, text.apply("bounded statistic"), 0.62,
                Set.of(Flag.CONTRADICTED, Flag.SECONDHAND, Flag.VERIFIABLE),
                new Finding("baker-iltb-2025/rack-weight", "numeric-contradiction", Flag.CONTRADICTED, -0.6,
                        text.apply("contradicted by patel-notes-2025/rack-weight (6000 lb)")),
                new Finding("baker-iltb-2025/rack-weight", "secondhand", Flag.SECONDHAND, -0.3,
                        text.apply("read from a summary")),
                new Finding("baker-iltb-2025/rack-weight", "verifiable", Flag.VERIFIABLE, 0.0,
                        text.apply("states a checkable number")));
        score(scores, "baker-iltb-2025/google-cheapest", 0.0, text.apply("bounded analysis"), 0.55,
                Set.of(Flag.CORROBORATED, Flag.AGAINST_INTEREST),
                new Finding("baker-iltb-2025/google-cheapest", "against-interest", Flag.AGAINST_INTEREST, 0.2,
                        text.apply("harms NVIDIA, which the speaker's fund holds")));
        score(scores, "patel-notes-2025/rack-weight", 0.5, text.apply("unknown statistic"), 0.58,
                Set.of(Flag.CONTRADICTED),
                new Finding("patel-notes-2025/rack-weight", "numeric-contradiction", Flag.CONTRADICTED, -0.2,
                        text.apply("contradicted by baker-iltb-2025/rack-weight (3000 lb)")));
        score(scores, "patel-notes-2025/tpu-cost", 0.5, text.apply("unknown fact"), 0.73,
                Set.of(Flag.CORROBORATED, Flag.VERIFIABLE),
                new Finding("patel-notes-2025/tpu-cost", "corroborated", Flag.CORROBORATED, 0.5,
                        text.apply("corroborated by baker-iltb-2025/google-cheapest")));
        score(scores, "huang-pod-2026/gpu-cheapest", 0.0, text.apply("bounded opinion"), 0.31,
                Set.of(Flag.SELF_INTEREST, Flag.UNVERIFIABLE),
                new Finding("huang-pod-2026/gpu-cheapest", "self-interest-framing", Flag.SELF_INTEREST, -0.8,
                        text.apply("favors NVIDIA, where the speaker is executive")));
        score(scores, "huang-pod-2026/scaling", 0.0, text.apply("bounded prediction"), 0.45,
                Set.of(Flag.PREDICTION_PENDING, Flag.SELF_INTEREST),
                new Finding("huang-pod-2026/scaling", "forward-looking-bias", Flag.SELF_INTEREST, -0.2,
                        text.apply("self-interested outlook")));
        score(scores, "huang-pod-2026/musk-agi-2025", -1.5, text.apply("unbounded dated prediction"), 0.18,
                Set.of(Flag.PREDICTION_DUE));
        score(scores, "huang-pod-2026/musk-agi-never", -0.5, text.apply("unbounded opinion"), 0.27,
                Set.of(Flag.SELF_CONTRADICTION),
                new Finding("huang-pod-2026/musk-agi-never", "self-contradiction", Flag.SELF_CONTRADICTION, -0.5,
                        text.apply("contradicts huang-pod-2026/musk-scaling")));
        score(scores, "huang-pod-2026/musk-scaling", -0.5, text.apply("unbounded opinion"), 0.27,
                Set.of(Flag.SELF_CONTRADICTION),
                new Finding("huang-pod-2026/musk-scaling", "self-contradiction", Flag.SELF_CONTRADICTION, -0.5,
                        text.apply("contradicts huang-pod-2026/musk-agi-never")));
        score(scores, "patel-notes-2025/rubin-2026", 0.0, text.apply("unknown prediction"), 0.4,
                Set.of(Flag.PREDICTION_FALSE));

        var stance = List.of(new StanceDisagreement("google-lowest-cost",
                text.apply("Google is the lowest-cost producer of AI tokens."), 2025, List.of(
                        new Side("for", List.of(new ClaimRef("patel-notes-2025/tpu-cost", "dylan-patel",
                                text.apply("TPU tokens cost less."), null, 0.73)), List.of("dylan-patel"), 0.73),
                        new Side("against", List.of(new ClaimRef("huang-pod-2026/gpu-cheapest", "jensen-huang",
                                text.apply("GPUs are cheapest."), null, 0.31)), List.of("jensen-huang"), 0.31)),
                text.apply("for vs against, both about 2025")));
        var numeric = List.of(new NumericDisagreement("blackwell-rack", "weight", null, null, List.of(
                new Side("3000 lb", List.of(new ClaimRef("baker-iltb-2025/rack-weight", "gavin-baker",
                        text.apply("3,000 lb."), "3000 lb", 0.45)), List.of("gavin-baker"), 0.45),
                new Side("6000 lb", List.of(new ClaimRef("patel-notes-2025/rack-weight", "dylan-patel",
                        text.apply("6,000 lb."), "6000 lb", 0.4)), List.of("dylan-patel"), 0.4)),
                text.apply("3000 lb vs 6000 lb")));
        var self = List.of(new SelfContradiction("elon-musk", DisagreementKind.STANCE, "scaling-holds", 2026, List.of(
                new ClaimRef("huang-pod-2026/musk-scaling", "elon-musk", text.apply("Scaling holds."), null, 0.27),
                new ClaimRef("huang-pod-2026/musk-agi-never", "elon-musk", text.apply("AGI never."), null, 0.27)),
                text.apply("for and against in one interview")));

        var verdicts = List.of(
                new Verdict("google-lowest-cost", text.apply("Google is the lowest-cost producer of AI tokens."),
                        VerdictBand.LEANS_SUPPORTED, 0.41, 1.32,
                        List.of(new Evidence("baker-iltb-2025/google-cheapest", Position.FOR, 0.55, 0.44,
                                        text.apply("credibility 0.55 x 0.8 (analysis, partly verifiable)")),
                                new Evidence("patel-notes-2025/tpu-cost", Position.FOR, 0.73, 0.73,
                                        text.apply("credibility 0.73 x 1.0 (verifiable fact)"))),
                        List.of(new Evidence("huang-pod-2026/gpu-cheapest", Position.AGAINST, 0.31, 0.15,
                                text.apply("credibility 0.31 x 0.5 (unverifiable opinion)")))),
                new Verdict("scaling-holds", text.apply("Pre-training scaling laws still hold."),
                        VerdictBand.INSUFFICIENT_EVIDENCE, 0.05, 0.4,
                        List.of(new Evidence("huang-pod-2026/scaling", Position.FOR, 0.45, 0.23,
                                        text.apply("credibility 0.45 x 0.5 (prediction)")),
                                new Evidence("huang-pod-2026/musk-scaling", Position.FOR, 0.27, 0.0,
                                        text.apply("self-contradicted opinion"))),
                        List.of(new Evidence("huang-pod-2026/musk-agi-never", Position.AGAINST, 0.27, 0.14,
                                text.apply("credibility 0.27 x 0.5 (unverifiable opinion)")))));

        var cards = List.of(
                new ReportCard("jensen-huang", text.apply("Jensen Huang"), Regime.BOUNDED, 2,
                        Map.of("opinion", 1, "prediction", 1), 0.38, null, Map.of("SELF_INTEREST", 2), 0, 0, 0, 0, 1,
                        null, "C", text.apply("bounded speaker; self-interested framing")),
                new ReportCard("gavin-baker", text.apply("Gavin Baker"), Regime.BOUNDED, 2,
                        Map.of("statistic", 1, "analysis", 1), 0.585, 0.62,
                        Map.of("CONTRADICTED", 1, "AGAINST_INTEREST", 1), 0, 0, 0, 0, 0, null, "B",
                        text.apply("facts mostly hold; one contradicted number")),
                new ReportCard("dylan-patel", text.apply("Dylan Patel"), Regime.UNKNOWN, 3,
                        Map.of("statistic", 1, "fact", 1, "prediction", 1), 0.57, 0.655,
                        Map.of("CONTRADICTED", 1, "PREDICTION_FALSE", 1), 0, 1, 0, 1, 0, 0.36, "C",
                        text.apply("one false prediction")),
                new ReportCard("elon-musk", text.apply("Elon Musk"), Regime.UNBOUNDED, 3,
                        Map.of("prediction", 1, "opinion", 2), 0.24, null,
                        Map.of("SELF_CONTRADICTION", 2, "PREDICTION_DUE", 1), 1, 1, 0, 0, 0, null, "F",
                        text.apply("too few resolved predictions")));

        var rules = List.of(
                new RuleInfo("rules/interest.drl", "self-interest-framing", "SELF_INTEREST", -0.8,
                        text.apply("Framing that favours the speaker's own company is discounted.")),
                new RuleInfo("rules/interest.drl", "against-interest", "AGAINST_INTEREST", 0.2,
                        text.apply("Admissions against interest are believed more.")),
                new RuleInfo("rules/contradiction.drl", "numeric-contradiction", "CONTRADICTED", null,
                        text.apply("Loses in proportion to the other side's credibility.")),
                new RuleInfo("rules/contradiction.drl", "self-contradiction", "SELF_CONTRADICTION", -0.5,
                        text.apply("A speaker contradicting themselves loses on both claims.")),
                new RuleInfo("rules/priors.drl", "prior-bounded-fact", null, 1.4,
                        text.apply("Bounded speakers do not state checkable falsehoods.")));

        return new ReportFixture(kb, new Analysis(AS_OF, scores, stance, numeric, self, List.of(), verdicts, cards, rules));
    }

    private static Source source(String id, String title, SourceKind kind, String date, List<String> speakers) {
        return new Source(id, title, kind, null, null, null, PartialDate.parse(date).orElseThrow(), "en", null, null,
                speakers, "claims/" + id + ".yaml");
    }

    private static Claim claim(String id, String speaker, String at, ClaimKind kind, String text, String quote,
                               Quantity quantity, List<Stance> stances, PartialDate due, Double probability) {
        String source = id.substring(0, id.indexOf('/'));
        return new Claim(id, source, speaker, at, kind, text, quote, List.of(), quantity, stances, null, List.of(),
                List.of(), due, probability, null, null, ClaimStatus.REVIEWED, 1);
    }

    private static void score(Map<String, ClaimScore> scores, String claim, double prior, String priorDetail,
                              double credibility, Set<Flag> flags, Finding... findings) {
        scores.put(claim, new ClaimScore(claim, prior, priorDetail, List.of(findings), credibility, flags));
    }
}
