package org.lihaaz.batch;

/**
 * Hears how a batch run advances, for a progress line. {@link #fileDone} is called from the worker
 * threads, so implementations must be thread-safe.
 */
public interface BatchProgress {
    BatchProgress NONE = new BatchProgress() {
    };

    /** The files are found and checking starts. */
    default void started(int files) {
    }

    /** One more file is checked; {@code done} of {@code total}. */
    default void fileDone(int done, int total) {
    }

    /** Every file is checked (or the run stopped). */
    default void finished() {
    }
}
