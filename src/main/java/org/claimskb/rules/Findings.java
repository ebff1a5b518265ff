package org.claimskb.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.rules.facts.ClaimFact;
import org.claimskb.scoring.Finding;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules record what they conclude: the DRL global {@code findings}. Each method takes the
 * firing rule's context ({@code drools}) and reads the flag, weight and cap from the rule's own
 * metadata, so a weight is written once, in the DRL, beside its reason.
 *
 * <p>Not thread-safe: one instance serves one session.
 */
public final class Findings {

    /** Everything recorded about one claim. */
    static final class Tally {
        double prior;
        final List<String> priorDetails = new ArrayList<>(1);
        final List<Finding> findings = new ArrayList<>(4);
        /** Sum of the effects recorded in the first stage: the base for weighing claims by claims. */
        double firstStageEffects;
    }

    private final Map<String, RuleMeta> metaByRule;
    private final Map<Rule, RuleMeta> metaCache = new IdentityHashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();
    private final Map<String, String> details = new HashMap<>();
    private boolean firstStage = true;

    Findings(Map<String, RuleMeta> metaByRule) {
        this.metaByRule = metaByRule;
    }

    /** Adds the rule's weight to the claim's prior (scoring.drl: regime x kind). */
    public void prior(RuleContext drools, String claim, String detail) {
        RuleMeta m = meta(drools, true);
        Tally t = tally(claim);
        t.prior += round(m.weight());
        t.priorDetails.add(shared(detail));
    }

    /** Records the rule's flag with the rule's weight as effect (0 when it declares none). */
    public void add(RuleContext drools, String claim, String detail) {
        RuleMeta m = meta(drools, false);
        record(m, claim, m.weight() == null ? 0 : m.weight(), detail);
    }

    /** Records the rule's flag with an effect of weight x {@code factor}. */
    public void scaled(RuleContext drools, String claim, double factor, String detail) {
        RuleMeta m = meta(drools, true);
        record(m, claim, m.weight() * factor, detail);
    }

    /**
     * Records the rule's flag with an effect of weight x {@code total}, limited to the rule's
     * {@code @cap} (when it declares one), for sums over several other claims.
     */
    public void capped(RuleContext drools, String claim, double total, String detail) {
        RuleMeta m = meta(drools, true);
        double effect = m.weight() * total;
        if (m.cap() != null && Math.abs(effect) > Math.abs(m.cap())) {
            effect = m.cap();
            detail = detail + " (capped at " + m.cap() + ")";
        }
        record(m, claim, effect, detail);
    }

    /** Convenience for details: the claim's id and speaker, {@code a/x by gavin-baker}. */
    public static String who(ClaimFact c) {
        return c.id() + " by " + c.speaker();
    }

    /** {@code an opinion}, {@code a fact}: for details built from fact-file spellings. */
    public static String withArticle(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void record(RuleMeta m, String claim, double effect, String detail) {
        Tally t = tally(claim);
        double rounded = round(effect);
        t.findings.add(new Finding(claim, m.name(), m.flag(), rounded, shared(detail)));
        if (firstStage) {
            t.firstStageEffects += rounded;
        }
    }

    /**
     * One copy of each distinct detail text: many claims get the same sentence ("A fact with a
     * number or a date: it can be checked."), and a million findings' copies would be hundreds of megabytes.
     */
    private String shared(String detail) {
        String kept = details.putIfAbsent(detail, detail);
        return kept == null ? detail : kept;
    }

    /** Effects are kept to 3 decimals so that the printed terms add up to the credibility. */
    static double round(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == 0 ? 0.0 : r; // no negative zero in output
    }

    private Tally tally(String claim) {
        return tallies.computeIfAbsent(claim, k -> new Tally());
    }

    private RuleMeta meta(RuleContext drools, boolean needsWeight) {
        Rule rule = drools.getRule();
        RuleMeta m = metaCache.get(rule);
        if (m == null) {
            m = metaByRule.get(key(rule));
            if (m == null) {
                throw new IllegalStateException("rule \"" + rule.getName() + "\" is not known to the engine");
            }
            metaCache.put(rule, m);
        }
        if (needsWeight && m.weight() == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" records an effect but declares no @weight");
        }
        return m;
    }

    static String key(Rule rule) {
        return rule.getPackageName() + "\u0000" + rule.getName();
    }

    /** Adds what another instance recorded (another session of the same stage) to this one's tallies. */
    void absorb(Findings other) {
        other.tallies.forEach((claim, t) -> {
            Tally mine = tallies.putIfAbsent(claim, t);
            if (mine != null) {
                mine.prior += t.prior;
                mine.priorDetails.addAll(t.priorDetails);
                mine.findings.addAll(t.findings);
                mine.firstStageEffects += t.firstStageEffects;
            }
        });
    }

    /** Adds a kept session's tallies ({@link SessionCache}) as if its session had recorded them here. */
    void restore(Map<String, Tally> kept) {
        kept.forEach((claim, t) -> {
            Tally mine = tallies.putIfAbsent(claim, t);
            if (mine != null) {
                throw new IllegalStateException("restored into findings that already hold " + claim);
            }
        });
    }

    void endFirstStage() {
        firstStage = false;
    }

    Map<String, Tally> tallies() {
        return tallies;
    }
}
