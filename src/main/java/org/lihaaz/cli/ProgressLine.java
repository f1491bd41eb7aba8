package org.lihaaz.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.lihaaz.batch.BatchProgress;

/**
 * "checked 1,200 of 5,000 files · 850 files/s" on one line of a terminal's standard error, redrawn
 * in place at most a few times a second and wiped when the run ends. It appears only once a run has
 * taken a moment, so quick checks never flicker.
 */
final class ProgressLine implements BatchProgress {
    static final long DELAY_NANOS = 400_000_000L;
    static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private long startedAt;
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintWriter err) {
        this(err, System::nanoTime);
    }

    /** @param clock nanoseconds, for tests */
    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void started(int files) {
        startedAt = clock.getAsLong();
    }

    @Override
    public synchronized void fileDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - startedAt < DELAY_NANOS || (now - lastDrawn < INTERVAL_NANOS && done < total)) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r\u001B[K" + text(done, total, now - startedAt));
        err.flush();
    }

    @Override
    public synchronized void finished() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
            drawn = false;
        }
    }

    static String text(int done, int total, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        return String.format(Locale.ROOT, "checked %,d of %,d files \u00B7 %,.0f files/s", done, total, done / seconds);
    }
}
