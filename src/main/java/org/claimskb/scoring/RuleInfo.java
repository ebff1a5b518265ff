package org.claimskb.scoring;

/**
 * A rule as the methodology section shows it, read from the DRL itself.
 *
 * @param weight the rule's effect in log-odds when it has one fixed weight, else null
 * @param reason the comment beside the rule saying why it exists
 */
public record RuleInfo(String file, String name, String flag, Double weight, String reason) {}
