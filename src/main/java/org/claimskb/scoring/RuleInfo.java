package org.claimskb.scoring;

/**
 * A rule as the methodology section shows it, read from the DRL itself.
 *
 * @param weight the rule's effect in log-odds when it has one fixed weight, else null
 * @param reason the comment beside the rule saying why it exists
 * @param fired  how many times it fired in the analysis (null before any analysis)
 */
public record RuleInfo(String file, String name, String flag, Double weight, String reason, Integer fired) {
    /** The rule as compiled, before it has fired. */
    public RuleInfo(String file, String name, String flag, Double weight, String reason) {
        this(file, name, flag, weight, reason, null);
    }

    public RuleInfo withFired(int times) {
        return new RuleInfo(file, name, flag, weight, reason, times);
    }
}
