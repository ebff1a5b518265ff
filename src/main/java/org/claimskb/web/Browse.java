package org.claimskb.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimskb.index.DerivedState;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Verdict;

/** The reading pages beside search and claims: speakers, verdicts, disagreements, sources. */
public final class Browse {
    private Browse() {}

    /** A claim in a list: its text, credibility and where it leads. */
    public record Line(String id, String speaker, String kind, String text, Double credibility, boolean draft) {
        public String url() {
            return Http.claimUrl(id);
        }
    }

    /** A prediction with its recorded outcome, if any. */
    public record Track(Line claim, String due, Resolution resolution) {}

    public record SpeakerView(Speaker speaker, ReportCard card, List<Line> claims, List<Track> track, Calibration calibration,
                              KnowledgeBase kb) {
        public String entityName(String id) {
            return kb.entity(id).map(e -> e.name()).orElse(id);
        }
    }

    public record SpeakersView(List<ReportCard> cards, List<Speaker> unscored) {}

    public record Weighed(Evidence evidence, Line claim) {}

    public record PropositionView(String id, String statement, Verdict verdict, List<Weighed> sideFor, List<Weighed> sideAgainst) {}

    public record DisagreementsView(List<Disagreement> groups, KnowledgeBase kb) {
        public String name(String speaker) {
            return ClaimPage.name(kb, speaker);
        }
    }

    public record SourceLine(Source source, String url, long claims, long drafts) {}

    static Line line(KnowledgeBase kb, Analysis analysis, Claim c) {
        Double cred = analysis == null ? null : analysis.score(c.id()).map(ClaimScore::credibility).orElse(null);
        return new Line(c.id(), ClaimPage.name(kb, c.speaker()), c.kind().wire(), c.text(), cred, c.draft());
    }

    static SpeakersView speakers(DerivedState state) {
        KnowledgeBase kb = state.knowledgeBase();
        Analysis a = state.analysis();
        List<ReportCard> cards = a == null ? List.of() : a.reportCards();
        var carded = cards.stream().map(ReportCard::id).toList();
        return new SpeakersView(cards, kb.speakers().stream().filter(s -> !carded.contains(s.id())).toList());
    }

    static Optional<SpeakerView> speaker(DerivedState state, String id) {
        KnowledgeBase kb = state.knowledgeBase();
        Optional<Speaker> s = kb.speaker(id);
        if (s.isEmpty()) return Optional.empty();
        Analysis a = state.analysis();
        ReportCard card = a == null ? null : a.reportCards().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        var claims = new ArrayList<Line>();
        var track = new ArrayList<Track>();
        var resolved = new ArrayList<Calibration.Resolved>();
        for (Claim c : kb.claims()) {
            if (!c.speaker().equals(id)) continue;
            Line l = line(kb, a, c);
            claims.add(l);
            if (c.kind() == ClaimKind.PREDICTION && !c.draft()) {
                Resolution r = kb.resolutions().stream().filter(x -> x.claim().equals(c.id())).findFirst().orElse(null);
                track.add(new Track(l, c.checkBy() == null ? null : c.checkBy().toString(), r));
                if (r != null && c.probability() != null && r.knownBy(state.state().asOf())) {
                    resolved.add(new Calibration.Resolved(c.id(), c.text(), c.probability(), r.outcome()));
                }
            }
        }
        claims.sort(Comparator.comparing((Line l) -> l.credibility() == null ? -1 : l.credibility()).reversed());
        return Optional.of(new SpeakerView(s.get(), card, claims, track, Calibration.of(resolved), kb));
    }

    static List<Verdict> verdicts(DerivedState state) {
        Analysis a = state.analysis();
        return a == null ? List.of() : a.verdicts();
    }

    static Optional<PropositionView> proposition(DerivedState state, String id) {
        KnowledgeBase kb = state.knowledgeBase();
        var p = kb.proposition(id);
        if (p.isEmpty()) return Optional.empty();
        Analysis a = state.analysis();
        Verdict v = a == null ? null : a.verdicts().stream().filter(x -> x.proposition().equals(id)).findFirst().orElse(null);
        List<Weighed> pro = v == null ? List.of() : weighed(kb, a, v.evidenceFor());
        List<Weighed> con = v == null ? List.of() : weighed(kb, a, v.evidenceAgainst());
        return Optional.of(new PropositionView(id, p.get().statement(), v, pro, con));
    }

    private static List<Weighed> weighed(KnowledgeBase kb, Analysis a, List<Evidence> evidence) {
        return evidence.stream().map(e -> new Weighed(e, kb.claim(e.claim()).map(c -> line(kb, a, c))
                .orElse(new Line(e.claim(), "", "", e.claim(), e.credibility(), false)))).toList();
    }

    static DisagreementsView disagreements(DerivedState state) {
        Analysis a = state.analysis();
        return new DisagreementsView(a == null ? List.of() : a.disagreements(), state.knowledgeBase());
    }

    static List<SourceLine> sources(DerivedState state) {
        KnowledgeBase kb = state.knowledgeBase();
        var out = new ArrayList<SourceLine>();
        for (Source s : kb.sources()) {
            long n = kb.claims().stream().filter(c -> c.sourceId().equals(s.id())).count();
            long d = kb.claims().stream().filter(c -> c.sourceId().equals(s.id()) && c.draft()).count();
            out.add(new SourceLine(s, Http.safeUrl(s.url()), n, d));
        }
        out.sort(Comparator.comparing((SourceLine l) -> l.source().date() == null ? "" : l.source().date().start().toString()).reversed()
                .thenComparing(l -> l.source().id()));
        return out;
    }
}
