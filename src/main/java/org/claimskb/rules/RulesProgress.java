package org.claimskb.rules;

/**
 * Told how far scoring is: each stage's number of sessions as it begins, then each finished
 * session (from the threads that run them). For a progress display; the results never depend on it.
 */
public interface RulesProgress {
    /** Tells nobody. */
    RulesProgress NONE = new RulesProgress() {};

    /** The rule stage {@code stage} begins, in {@code sessions} sessions. */
    default void stage(RuleStage stage, int sessions) {}

    /** One session of the stage begun last finished. */
    default void sessionDone() {}

    /** The stages whose sessions are counted. */
    enum RuleStage {
        /** Each claim's own evidence: provenance, self-interest, verifiability, predictions. */
        EVIDENCE,
        /** Disagreement groups, corroboration and commentary. */
        RELATIONS
    }
}
