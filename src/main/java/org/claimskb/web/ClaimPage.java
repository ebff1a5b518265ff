package org.claimskb.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimskb.index.ClaimSearch.StoredClaim;
import org.claimskb.index.DerivedState;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimRef;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.Finding;
import org.claimskb.model.Flag;
import org.claimskb.scoring.Side;

/** One claim as {@code claims show} tells it, for the browser. */
public final class ClaimPage {
    private ClaimPage() {}

    /** Another claim, with enough to read it here. */
    public record Other(String id, String speaker, String text, String value, Double credibility) {
        public String url() {
            return Http.claimUrl(id);
        }
    }

    /** A disagreement seen from this claim: this claim's side, and the others' claims. */
    public record Against(String about, Integer year, String mySide, List<Other> allies, List<Other> others) {}

    public record View(Claim claim, Speaker speaker, Source source, String sourceUrl, String momentUrl, ClaimScore score,
                Waterfall waterfall, List<Stance> stances, List<String> statements, List<Against> disagreements,
                List<Finding> corroborations, Other answers, List<Other> answeredBy) {
        public String speakerName() {
            return speaker == null ? claim.speaker() : speaker.name();
        }
    }

    static Optional<View> of(DerivedState state, String id) {
        Optional<StoredClaim> stored = state.search().claim(id);
        KnowledgeBase kb = state.knowledgeBase();
        Optional<Claim> found = kb.claim(id);
        if (stored.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        Claim c = found.get();
        ClaimScore score = stored.get().score();
        Source source = kb.source(c.sourceId()).orElse(null);
        String url = source == null ? null : Http.safeUrl(source.url());
        String moment = source == null ? null : Http.momentUrl(source.url(), c.at());
        var statements = c.stances().stream().map(s -> kb.proposition(s.proposition()).map(p -> p.statement())
                .orElse(s.proposition())).toList();
        Analysis analysis = state.analysis();
        var against = new ArrayList<Against>();
        if (analysis != null) {
            for (Disagreement d : analysis.disagreementsOf(id)) {
                String mine = null;
                var others = new ArrayList<Other>();
                var allies = new ArrayList<Other>();
                for (Side s : d.sides()) {
                    if (s.claimIds().contains(id)) {
                        mine = s.label();
                        for (ClaimRef r : s.claims()) {
                            if (!r.id().equals(id)) allies.add(new Other(r.id(), name(kb, r.speaker()), r.text(), r.value(), r.base()));
                        }
                        continue;
                    }
                    for (ClaimRef r : s.claims()) {
                        others.add(new Other(r.id(), name(kb, r.speaker()), r.text(), r.value() != null ? r.value() : s.label(), r.base()));
                    }
                }
                against.add(new Against(d.about(), d.year(), mine, allies, others));
            }
        }
        var corroborations = score == null ? List.<Finding>of()
                : score.findings().stream().filter(f -> f.flag() == Flag.CORROBORATED).toList();
        Other answers = c.replyTo() == null ? null : kb.claim(c.replyTo()).map(q -> other(kb, state, q)).orElse(null);
        var answeredBy = kb.claims().stream().filter(a -> id.equals(a.replyTo())).map(a -> other(kb, state, a)).toList();
        return Optional.of(new View(c, kb.speaker(c.speaker()).orElse(null), source, url, moment, score,
                score == null ? null : Waterfall.of(score), c.stances(), statements, against, corroborations, answers, answeredBy));
    }

    private static Other other(KnowledgeBase kb, DerivedState state, Claim c) {
        Double cred = state.analysis() == null ? null : state.analysis().score(c.id()).map(ClaimScore::credibility).orElse(null);
        return new Other(c.id(), name(kb, c.speaker()), c.text(), null, cred);
    }

    static String name(KnowledgeBase kb, String speaker) {
        return kb.speaker(speaker).map(Speaker::name).orElse(speaker);
    }
}
