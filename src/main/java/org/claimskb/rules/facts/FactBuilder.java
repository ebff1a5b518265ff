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
        for (Speaker s : kb.speakers()) {
            facts.add(new SpeakerFact(s.id(), s.name(), s.regime()));
            for (Interest i : s.interests()) {
                facts.add(new SpeakerInterest(s.id(), i.entity(), i.kind(), i.basis()));
            }
        }
        Map<String, List<String>> ancestry = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (c.question()) {
                continue; // a question argues nothing: no rule weighs it (fact-files v2, "Questions")
            }
            Speaker speaker = kb.speaker(c.speaker()).orElse(null);
            Source source = kb.source(c.sourceId()).orElse(null);
            String event = source == null ? c.sourceId() : source.eventKey();
            Regime regime = speaker == null ? Regime.UNKNOWN : speaker.regime();
            String name = speaker == null ? c.speaker() : speaker.name();
            facts.add(ClaimFact.of(c, name, regime, source, event));
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

    /**
     * The votes of every claim in every disagreement group: one per claim and group, with the
     * claim's base credibility. Inserted between the stages, with one {@link GroupSide} per side.
     */
    public static List<Object> votes(KnowledgeBase kb, List<GroupSideMembers> groups, java.util.function.ToDoubleFunction<String> base) {
        Map<String, Set<String>> interests = interestsBySpeaker(kb);
        List<Object> facts = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        for (GroupSideMembers g : groups) {
            facts.add(new GroupSide(g.group(), g.side()));
            for (GroupSideMembers.Member m : g.members()) {
                if (voters.add(m.claim())) {
                    facts.add(new Voter(m.claim()));
                }
                facts.add(new Vote(m.claim(), g.group(), g.side(), m.speaker(), m.event(), m.source(),
                        ClaimFact.utteranceOf(m.speaker(), m.event()), m.said(), base.applyAsDouble(m.claim()),
                        interests.getOrDefault(m.speaker(), Set.of())));
            }
        }
        return facts;
    }

    /** Each speaker's interests, with every entity they are part of. */
    public static Map<String, Set<String>> interestsBySpeaker(KnowledgeBase kb) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Speaker s : kb.speakers()) {
            Set<String> reach = new LinkedHashSet<>();
            for (Interest i : s.interests()) {
                reach.add(i.entity());
                for (Entity e : kb.withAncestors(i.entity())) {
                    reach.add(e.id());
                }
            }
            out.put(s.id(), Set.copyOf(reach));
        }
        return out;
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
