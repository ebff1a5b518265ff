package org.claimskb.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.Claim;
import org.claimskb.model.Entity;
import org.claimskb.model.Interest;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;
import org.claimskb.units.Unit;
import org.claimskb.units.Units;

/**
 * Turns a knowledge base into the facts the rules match. Only lookups happen here (speaker,
 * source, entity ancestry, unit conversion); every judgement is left to the DRL.
 */
public final class FactBuilder {
    private FactBuilder() {}

    /** The facts, in knowledge-base order so that rule firing order is deterministic. */
    public static List<Object> build(KnowledgeBase kb, LocalDate asOf) {
        List<Object> facts = new ArrayList<>(kb.claims().size() * 4 + kb.speakers().size() * 2 + 16);
        facts.add(new AsOf(asOf));
        Map<String, Set<String>> interestsBySpeaker = new HashMap<>();
        for (Speaker s : kb.speakers()) {
            facts.add(new SpeakerFact(s.id(), s.name(), s.regime()));
            Set<String> reach = new LinkedHashSet<>();
            for (Interest i : s.interests()) {
                facts.add(new SpeakerInterest(s.id(), i.entity(), i.kind(), i.basis()));
                reach.add(i.entity());
                for (Entity e : kb.withAncestors(i.entity())) {
                    reach.add(e.id());
                }
            }
            interestsBySpeaker.put(s.id(), Set.copyOf(reach));
        }
        Map<String, List<String>> ancestry = new HashMap<>();
        for (Claim c : kb.claims()) {
            Speaker speaker = kb.speaker(c.speaker()).orElse(null);
            Source source = kb.source(c.sourceId()).orElse(null);
            String event = source == null ? c.sourceId() : source.eventKey();
            PartialDate said = source == null ? null : source.date();
            Regime regime = speaker == null ? Regime.UNKNOWN : speaker.regime();
            String name = speaker == null ? c.speaker() : speaker.name();
            facts.add(ClaimFact.of(c, name, regime, source == null ? null : source.kind(), event));
            String utterance = ClaimFact.utteranceOf(c.speaker(), event);
            Set<String> interests = interestsBySpeaker.getOrDefault(c.speaker(), Set.of());
            for (Stance st : c.stances()) {
                facts.add(new StanceFact(c.id(), st.proposition(), st.position(), c.speaker(), c.sourceId(), event,
                        utterance, c.draft(), c.when(), said, interests));
            }
            Quantity q = c.quantity();
            if (q != null) {
                Unit unit = Units.of(q.unit());
                String scope = q.scope() == null || q.scope().isBlank() ? null : q.scope().strip();
                facts.add(new QuantityFact(c.id(), QuantityFact.keyOf(q, unit.dimension()), q.subject(), q.metric(),
                        scope, unit.dimension(), q, q.min() * unit.toBase(), q.max() * unit.toBase(), c.speaker(),
                        c.sourceId(), event, utterance, c.draft(), c.when(), said, interests));
            }
            addAffects(facts, kb, ancestry, c.id(), Direction.FAVORS, c.favors());
            addAffects(facts, kb, ancestry, c.id(), Direction.HARMS, c.harms());
        }
        for (Resolution r : kb.resolutions()) {
            Claim c = kb.claim(r.claim()).orElse(null);
            if (c != null) {
                facts.add(new ResolutionFact(r.claim(), c.speaker(), r.outcome(), r.date(), r.evidence(),
                        c.probability(), c.draft()));
            }
        }
        return facts;
    }

    /** One fact per named entity and per entity it is part of, without repeats per claim. */
    private static void addAffects(List<Object> facts, KnowledgeBase kb, Map<String, List<String>> ancestry,
                                   String claim, Direction direction, List<String> named) {
        Set<String> seen = new HashSet<>();
        for (String via : named) {
            List<String> chain = ancestry.computeIfAbsent(via, id -> {
                List<String> ids = kb.withAncestors(id).stream().map(Entity::id).toList();
                return ids.isEmpty() ? List.of(id) : ids;
            });
            for (String entity : chain) {
                if (seen.add(entity)) {
                    facts.add(new Affects(claim, direction, entity, via));
                }
            }
        }
    }
}
