package org.claimskb.index;

/**
 * Told what a build of the derived state is doing, stage by stage, so that a command can say so
 * before a pause. The index package only reports; whether and how a person is told is the
 * caller's business.
 */
public interface BuildProgress {
    /** Says nothing. */
    BuildProgress SILENT = new BuildProgress() {};

    /** A new generation is about to be built because the inputs changed (or {@code claims index}). */
    default void started(boolean forced) {}

    /** The fact files are read: {@code claims} claims from {@code sources} sources. */
    default void loaded(int sources, int claims, long millis) {}

    /** The rules scored the claims. */
    default void scored(long millis) {}

    /** The search index is written. */
    default void indexed(long millis) {}

    /** The generation is written and in place. */
    default void finished(long millis) {}
}
