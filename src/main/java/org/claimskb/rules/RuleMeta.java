package org.claimskb.rules;

import java.util.Locale;
import java.util.Map;
import org.claimskb.model.Flag;
import org.kie.api.definition.rule.Rule;

/**
 * What a rule declares about itself in its DRL metadata:
 * {@code @flag(SELF_INTEREST) @weight(-0.8) @cap(-2.0) @reason("...")}. The weight is read here,
 * by the code that records findings, so it is written exactly once: beside its reason.
 *
 * @param flag   the flag the rule raises, or null for a pure score adjustment or a detection rule
 * @param weight the effect in log-odds (for scaled rules, per unit of the scale), or null
 * @param cap    for rules summing over several other claims: the largest total effect allowed, or null
 */
public record RuleMeta(String file, String name, Flag flag, Double weight, Double cap, String reason) {

    static final String FLAG = "flag";
    static final String WEIGHT = "weight";
    static final String CAP = "cap";
    static final String REASON = "reason";

    /** Reads the metadata, or explains what is wrong with it. */
    static RuleMeta of(Rule rule, String file) throws IllegalArgumentException {
        Map<String, Object> meta = rule.getMetaData();
        Flag flag = null;
        Object f = meta.get(FLAG);
        if (f != null) {
            String text = f.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                flag = Flag.valueOf(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("@flag(" + f + ") is not a flag; flags are "
                        + java.util.Arrays.toString(Flag.values()));
            }
        }
        Double weight = number(meta, WEIGHT);
        Double cap = number(meta, CAP);
        Object r = meta.get(REASON);
        String reason = r == null ? null : r.toString().strip();
        if ((flag != null || weight != null) && (reason == null || reason.isEmpty())) {
            throw new IllegalArgumentException("a rule with a @flag or @weight must say why in @reason(\"...\")");
        }
        if (cap != null && weight != null && Math.signum(cap) != Math.signum(weight) && weight != 0) {
            throw new IllegalArgumentException("@cap(" + cap + ") must have the sign of @weight(" + weight + ")");
        }
        return new RuleMeta(file, rule.getName(), flag, weight, cap, reason);
    }

    private static Double number(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("@" + key + "(" + v + ") is not a number");
        }
    }
}
