package org.claimskb.scoring;

import org.claimskb.model.Position;

/**
 * One claim's contribution to a verdict.
 *
 * @param weight credibility times verifiability factor (0 for re-reports of one utterance)
 * @param why    why it weighs what it does
 */
public record Evidence(String claim, Position position, double credibility, double weight, String why) {}
