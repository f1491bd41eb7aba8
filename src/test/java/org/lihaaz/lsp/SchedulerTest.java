package org.lihaaz.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    @Test
    void aNewerRequestStopsTheRunningCheckAndRunsAfterIt() throws Exception {
        try (Scheduler s = new Scheduler()) {
            CountDownLatch firstRunning = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            List<String> events = new CopyOnWriteArrayList<>();
            s.schedule("doc", 0, stop -> {
                firstRunning.countDown();
                while (!stop.getAsBoolean()) {
                    Thread.onSpinWait();
                }
                events.add("first stopped");
            });
            assertTrue(firstRunning.await(60, TimeUnit.SECONDS));
            s.schedule("doc", 0, stop -> {
                events.add("second ran, stop=" + stop.getAsBoolean());
                secondDone.countDown();
            });
            assertTrue(secondDone.await(60, TimeUnit.SECONDS));
            assertEquals(List.of("first stopped", "second ran, stop=false"), events);
        }
    }

    @Test
    void requestsWithinTheQuietPeriodRunOnlyTheLast() throws Exception {
        try (Scheduler s = new Scheduler()) {
            List<Integer> ran = new CopyOnWriteArrayList<>();
            CountDownLatch last = new CountDownLatch(1);
            // A long quiet period: the first four are replaced long before theirs ends.
            for (int i = 1; i <= 4; i++) {
                int n = i;
                s.schedule("doc", 60_000, stop -> ran.add(n));
            }
            s.schedule("doc", 0, stop -> {
                ran.add(5);
                last.countDown();
            });
            assertTrue(last.await(60, TimeUnit.SECONDS));
            assertEquals(List.of(5), ran);
        }
    }

    @Test
    void documentsDoNotStopEachOther() throws Exception {
        try (Scheduler s = new Scheduler()) {
            CountDownLatch done = new CountDownLatch(2);
            List<Boolean> stops = new CopyOnWriteArrayList<>();
            s.schedule("a", 0, stop -> {
                stops.add(stop.getAsBoolean());
                done.countDown();
            });
            s.schedule("b", 0, stop -> {
                stops.add(stop.getAsBoolean());
                done.countDown();
            });
            assertTrue(done.await(60, TimeUnit.SECONDS));
            assertEquals(List.of(false, false), stops);
            s.cancel("a");
            assertFalse(stops.contains(true));
        }
    }
}
