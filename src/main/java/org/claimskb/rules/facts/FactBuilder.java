package org.claimskb.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.claimskb.model.Claim;
import org.claimskb.model.Entity;
import org.claimskb.model.Interest;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;

/**
 * Turns a knowledge base into the facts the rules match. Only lookups happen here (speaker,
 * source, entity ancestry, unit conversion); every judgement is left to the DRL.
 */
public final class FactBuilder {
    private FactBuilder() {}

    /**
     * The first stage's facts in batches of whole speakers, each batch a session of its own:
     * the date, the batch's speakers with their interests, their claims (questions left out)
     * with what each favors or harms, and the resolutions of their claims. The evidence rules
     * relate a claim only to facts of its own speaker, so a batch holds everything they need.
     * Speakers are packed in registry order (speakers only named by claims after them) until a
     * batch holds about {@code maxClaims} claims; within a batch, facts keep knowledge-base order.
     *
     * <p>Each batch's facts are built when its supplier is called (by the thread that runs its
     * session), so only the batches in flight hold facts; suppliers may be called concurrently.
     */
    public static List<Supplier<List<Object>>> evidenceBatches(KnowledgeBase kb, LocalDate asOf, int maxClaims) {
        Map<String, List<Claim>> bySpeaker = new java.util.LinkedHashMap<>();
        for (Speaker s : kb.speakers()) {
            bySpeaker.put(s.id(), new ArrayList<>());
        }
        for (Claim c : kb.claims()) {
            if (!c.question()) { // a question argues nothing: no rule weighs it (fact-files v2, "Questions")
                bySpeaker.computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<ResolutionFact>> resolutions = new HashMap<>();
        for (Resolution r : kb.resolutions()) {
            kb.claim(r.claim()).ifPresent(c -> resolutions.computeIfAbsent(c.speaker(), k -> new ArrayList<>())
                    .add(new ResolutionFact(r.claim(), c.speaker(), r.outcome(), r.date(), r.evidence(),
                            c.probability(), c.draft())));
        }
        Map<String, List<String>> ancestry = new java.util.concurrent.ConcurrentHashMap<>();
        List<List<Map.Entry<String, List<Claim>>>> packed = new ArrayList<>();
        List<Map.Entry<String, List<Claim>>> batch = null;
        int claims = 0;
        for (var e : bySpeaker.entrySet()) {
            if (batch == null || (claims > 0 && claims + e.getValue().size() > maxClaims)) {
                batch = new ArrayList<>();
                packed.add(batch);
                claims = 0;
            }
            batch.add(e);
            claims += e.getValue().size();
        }
        if (packed.isEmpty()) {
            packed.add(List.of());
        }
        List<Supplier<List<Object>>> out = new ArrayList<>();
        for (var speakers : packed) {
            out.add(() -> {
                List<Object> facts = new ArrayList<>();
                facts.add(new AsOf(asOf));
                for (var e : speakers) {
                    addSpeaker(facts, kb, ancestry, e.getKey(), e.getValue(), resolutions.getOrDefault(e.getKey(), List.of()));
                }
                return facts;
            });
        }
        return out;
    }

    private static void addSpeaker(List<Object> facts, KnowledgeBase kb, Map<String, List<String>> ancestry,
                                   String speakerId, List<Claim> claims, List<ResolutionFact> resolutions) {
        kb.speaker(speakerId).ifPresent(speaker -> addRegistryFacts(facts, speaker));
        for (Claim c : claims) {
            facts.add(claimFact(kb, c));
            addAffects(facts, kb, ancestry, c.id(), Direction.FAVORS, c.favors());
            addAffects(facts, kb, ancestry, c.id(), Direction.HARMS, c.harms());
        }
        facts.addAll(resolutions);
    }

    /** A speaker and its interests, as the rules see them. */
    private static void addRegistryFacts(List<Object> facts, Speaker speaker) {
        facts.add(new SpeakerFact(speaker.id(), speaker.name(), speaker.regime()));
        for (Interest i : speaker.interests()) {
            facts.add(new SpeakerInterest(speaker.id(), i.entity(), i.kind(), i.basis()));
        }
    }

    private static ClaimFact claimFact(KnowledgeBase kb, Claim c) {
        Speaker speaker = kb.speaker(c.speaker()).orElse(null);
        Source source = kb.source(c.sourceId()).orElse(null);
        String event = source == null ? c.sourceId() : source.eventKey();
        Regime regime = speaker == null ? Regime.UNKNOWN : speaker.regime();
        String name = speaker == null ? c.speaker() : speaker.name();
        return ClaimFact.of(c, name, regime, source, event);
    }

    /**
     * The second stage's facts besides votes: the date, and with {@code withCommentary} (one
     * session of the stage) the speakers with their interests and the claims commentary relates:
     * each claim that comments on another ({@code about}) and each claim commented on (questions
     * left out). Relations rules read a vote's speaker from the {@link Vote}, not the registry.
     */
    public static List<Object> relationFacts(KnowledgeBase kb, LocalDate asOf, boolean withCommentary) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AsOf(asOf));
        if (!withCommentary) {
            return facts;
        }
        for (Speaker s : kb.speakers()) {
            addRegistryFacts(facts, s);
        }
        Set<String> targets = new HashSet<>();
        for (Claim c : kb.claims()) {
            if (c.about() != null && !c.question()) {
                targets.add(c.about());
            }
        }
        for (Claim c : kb.claims()) {
            if (!c.question() && (c.about() != null || targets.contains(c.id()))) {
                facts.add(claimFact(kb, c));
            }
        }
        return facts;
    }

    /**
     * The votes of every claim in the given group sides: one per claim and group, with the
     * claim's base credibility, one {@link GroupSide} per side, and a {@link Voter} for each
     * member that {@code isVoter} accepts (the claims a second-stage session weighs);
     * {@code interests} are {@link #interestsBySpeaker}'s.
     */
    public static List<Object> votes(List<GroupSideMembers> groups, Map<String, Set<String>> interests,
                                     java.util.function.Predicate<String> isVoter,
                                     java.util.function.ToDoubleFunction<String> base) {
        List<Object> facts = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        for (GroupSideMembers g : groups) {
            facts.add(new GroupSide(g.group(), g.side()));
            for (GroupSideMembers.Member m : g.members()) {
                if (isVoter.test(m.claim()) && voters.add(m.claim())) {
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
