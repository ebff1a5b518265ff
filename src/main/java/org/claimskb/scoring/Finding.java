package org.claimskb.scoring;

import org.claimskb.model.Flag;

/**
 * One rule's conclusion about one claim.
 *
 * @param claim  global claim id
 * @param rule   the DRL rule name that fired
 * @param flag   the flag it raises, or null for a pure score adjustment
 * @param effect the change in log-odds credibility (0 for flags that only inform)
 * @param detail one sentence a reader can check
 */
public record Finding(String claim, String rule, Flag flag, double effect, String detail) {}
