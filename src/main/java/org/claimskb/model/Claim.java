package org.claimskb.model;

import java.util.List;

/**
 * One statement by one speaker in one source.
 *
 * @param id         global id, {@code <source id>/<local id>}
 * @param at         timestamp or section heading in the source
 * @param quote      optional short original-language evidence
 * @param topics     entity or proposition ids
 * @param quantity   optional comparable number
 * @param stances    propositions the claim argues (possibly none)
 * @param when       optional time the claim is about
 * @param favors     entities the claim, if believed, benefits
 * @param harms      entities the claim, if believed, hurts
 * @param due        for predictions: the date by which it can be checked
 * @param probability optional stated probability, 0..1
 * @param about      optional global id of the claim this one comments on
 * @param assessment with {@code about}: the judgement passed on it
 * @param replyTo    (v2) global id of the question this claim answers, or null
 * @param line       the line of the claim in its fact file, for messages
 */
public record Claim(String id, String sourceId, String speaker, String at, ClaimKind kind, String text,
                    String quote, List<String> topics, Quantity quantity, List<Stance> stances,
                    PartialDate when, List<String> favors, List<String> harms, PartialDate due,
                    Double probability, String about, Assessment assessment, ClaimStatus status,
                    String replyTo, int line) {
    public Claim {
        topics = List.copyOf(topics);
        stances = List.copyOf(stances);
        favors = List.copyOf(favors);
        harms = List.copyOf(harms);
    }

    /** A claim that answers no question. */
    public Claim(String id, String sourceId, String speaker, String at, ClaimKind kind, String text,
                 String quote, List<String> topics, Quantity quantity, List<Stance> stances,
                 PartialDate when, List<String> favors, List<String> harms, PartialDate due,
                 Double probability, String about, Assessment assessment, ClaimStatus status, int line) {
        this(id, sourceId, speaker, at, kind, text, quote, topics, quantity, stances, when, favors, harms, due,
                probability, about, assessment, status, null, line);
    }

    /**
     * For a prediction, the day by which it can be checked: the last day of its {@code due} date,
     * or of its {@code when} when it has no due date; null otherwise. The one definition of "due"
     * that the flags, the report cards, the report and {@code claims due} share: a prediction is
     * due once this day is past and no outcome is recorded.
     */
    public java.time.LocalDate checkBy() {
        if (kind != ClaimKind.PREDICTION) {
            return null;
        }
        PartialDate by = due != null ? due : when;
        return by == null ? null : by.end();
    }

    /** Whether this is an interviewer's question or premise, which argues nothing. */
    public boolean question() {
        return kind == ClaimKind.QUESTION;
    }

    /** The id within its source file. */
    public String localId() {
        return id.substring(id.indexOf('/') + 1);
    }

    public boolean draft() {
        return status == ClaimStatus.DRAFT;
    }
}
