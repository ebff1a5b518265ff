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

    /**
     * The search index was written as an update of the previous generation's: {@code rewritten}
     * documents of {@code claims} were written anew and {@code deleted} removed, the rest kept.
     */
    default void updated(int rewritten, int deleted, int claims) {}

    /** The search index is written. */
    default void indexed(long millis) {}

    /** The generation is written and in place. */
    default void finished(long millis) {}

    /** The stages of a build (and of a report) that count their steps. */
    enum Stage {
        READING("reading fact files", "files"),
        EVIDENCE("rules: evidence", "sessions"),
        RELATIONS("rules: disagreements", "sessions"),
        INDEXING("indexing claims", "claims"),
        /** Not a build stage: {@code claims report} reads the derived state, builds and writes the report. */
        REPORTING("writing the report", "steps");

        /** What the stage does, for a person. */
        public final String label;
        /** What its steps count. */
        public final String unit;

        Stage(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }
    }

    /**
     * A stage of {@code total} steps begins. The steps are counted from any thread; the stage
     * ends when its counter is closed.
     */
    default Steps begin(Stage stage, long total) {
        return Steps.NONE;
    }

    /** Counts one stage's steps (thread-safe); closed when the stage ends. */
    interface Steps extends AutoCloseable {
        /** Counts nothing. */
        Steps NONE = new Steps() {
            @Override
            public void step() {}

            @Override
            public void close() {}
        };

        /** One more step done. */
        void step();

        @Override
        void close();
    }
}
