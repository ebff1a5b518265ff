package org.claimskb.ingest;

import java.time.LocalDate;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.PartialDate;

/**
 * What the heuristics make of one sentence.
 *
 * @param kind the drafted claim kind
 * @param when for predictions with a stated target time ({@code by 2027}): that time; else null
 * @param due  for predictions: the guessed date by which it can be checked; else null
 * @param why  the cue that decided the kind, for the reviewer ({@code future cue "will"})
 */
public record Classification(ClaimKind kind, PartialDate when, LocalDate due, String why) {}
