package org.lihaaz.lsp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs checks one at a time on one thread, each after a quiet period: a check of a document waits
 * {@code delay} ms after the last edit, and a newer request for the same document makes any earlier
 * one (waiting or running) stop at its next block. One thread is enough for an editor (a person edits
 * one document at a time) and keeps the server's memory and CPU use small.
 */
final class Scheduler implements AutoCloseable {
    /** A check that stops soon after {@code stop} answers true. */
    @FunctionalInterface
    interface Task {
        void run(BooleanSupplier stop);
    }

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lihaaz-check");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    /** Runs {@code task} for {@code key} after {@code delayMs}, unless a newer one for the same key comes first. */
    void schedule(String key, long delayMs, Task task) {
        AtomicLong generation = generations.computeIfAbsent(key, k -> new AtomicLong());
        long mine = generation.incrementAndGet();
        worker.schedule(() -> {
            if (generation.get() == mine) {
                task.run(() -> generation.get() != mine);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    /** Stops any check of {@code key}, waiting or running. */
    void cancel(String key) {
        AtomicLong generation = generations.remove(key);
        if (generation != null) {
            generation.incrementAndGet();
        }
    }

    /**
     * Stops every check at its next block and runs no more. The thread is not interrupted: it may be
     * writing to the client, and an interrupted channel closes for good.
     */
    @Override
    public void close() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        worker.shutdown();
    }
}
