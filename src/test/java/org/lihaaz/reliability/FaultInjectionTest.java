package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.fix.Disk;
import org.lihaaz.testing.FolderWrapper;
import org.lihaaz.fix.Fixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.rule.RuleSet;
import org.lihaaz.testing.Golden;
import org.lihaaz.testing.LihaazProcess;

/**
 * Faults while fixing: whatever fails, and whenever the process dies, the file on disk is the old
 * content or the new, whole; never partial or empty. Real faults where they can be caused here
 * (killing a child {@code lihaaz check --fix}, two fixers at once); the {@link Disk} seam for
 * those that cannot (a full disk, a read-only folder, a failed sync).
 */
class FaultInjectionTest {
    private static final Path RULES = Golden.resources("fix").resolve("rules").toAbsolutePath();
    /** Kill iterations in the normal test run; {@code -Dlihaaz.killIterations=200} for a long run. */
    private static final int KILLS = Integer.getInteger("lihaaz.killIterations", 6);

    @TempDir
    Path dir;

    private static String builtInPacks() {
        RuleSet builtIn = new RuleLoader().loadBuiltIn().rules();
        return String.join(",", builtIn.rules().stream().map(r -> r.pack()).distinct().toList());
    }

    /** A draft big enough that writing it takes a while: many lines, each with a safe fix. */
    private static byte[] draft() {
        StringBuilder b = new StringBuilder("# Minutes\n\n");
        for (int i = 0; i < 1500; i++) {
            b.append("Item ").append(i).append(": the chairman spoke, and mankind listened. ")
                    .append("x".repeat(i % 50)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String[] fixArgs(Path file) {
        return new String[] {"check", "--fix", "--rules", RULES.toString(), "--disable", builtInPacks(), "--fail-on",
            "never", "--format", "json", file.toString()};
    }

    @Test
    void killingTheFixerAtAnyMomentLeavesTheOldFileOrTheNewNeverAMix() throws Exception {
        byte[] before = draft();
        // The expected result, from one run left alone.
        Path reference = Files.write(dir.resolve("reference.md"), before);
        Path log = dir.resolve("reference.log");
        Process whole = LihaazProcess.builder(dir, fixArgs(reference)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        long t0 = System.nanoTime();
        assertTrue(whole.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue(), () -> readQuietly(log));
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        byte[] after = Files.readAllBytes(reference);
        assertTrue(!Arrays.equals(before, after), "the reference run fixed something");

        Random random = new Random(8);
        int old = 0;
        int fixed = 0;
        for (int i = 0; i < KILLS; i++) {
            Path work = Files.createDirectory(dir.resolve("kill" + i));
            Path file = Files.write(work.resolve("draft.md"), before);
            Process p = LihaazProcess.builder(work, fixArgs(file)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (i % 2 == 0) {
                // Anywhere in the run.
                Thread.sleep(random.nextInt((int) Math.max(1, runMillis)));
            } else {
                // In the write itself: as soon as the temporary file appears, plus 0 to 20 ms.
                waitForTemporaryFile(work, p);
                Thread.sleep(random.nextInt(21));
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            byte[] now = Files.readAllBytes(file);
            if (Arrays.equals(now, before)) {
                old++;
            } else if (Arrays.equals(now, after)) {
                fixed++;
            } else {
                throw new AssertionError("kill " + i + " left " + now.length + " bytes, neither the old " + before.length
                        + " nor the new " + after.length);
            }
        }
        assertEquals(KILLS, old + fixed);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void waitForTemporaryFile(Path folder, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(folder)) {
                if (s.anyMatch(f -> f.getFileName().toString().contains(".lihaaz-"))) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void twoFixerProcessesOnOneFileLeaveItWhole() throws Exception {
        byte[] before = draft();
        Path reference = Files.write(dir.resolve("reference.md"), before);
        assertEquals(0, LihaazProcess.builder(dir, fixArgs(reference)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor());
        byte[] after = Files.readAllBytes(reference);
        for (int round = 0; round < Math.max(1, KILLS / 6); round++) {
            Path file = Files.write(dir.resolve("both" + round + ".md"), before);
            List<Process> ps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ps.add(LihaazProcess.builder(dir, fixArgs(file)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process p : ps) {
                assertTrue(p.waitFor(180, TimeUnit.SECONDS));
                // 0: fixed; 2: the other got there first and this one refused to overwrite ("changed on disk").
                assertTrue(p.exitValue() == 0 || p.exitValue() == 2, "exit " + p.exitValue());
            }
            assertArrayEquals(after, Files.readAllBytes(file), "round " + round);
        }
    }

    @Test
    void fixersRacingInThreadsNeverMixTheirEdits() throws Exception {
        // Two engines with different rules fix the same file at once, many times: the file ends as one whole result.
        Lihaaz chairOnly = Golden.engine(RULES);
        Path file = dir.resolve("race.md");
        String text = "The chairman and mankind.\n".repeat(2000);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                Files.writeString(file, text);
                FileReport report = chairOnly.check(Input.ofFile(file, "race.md"));
                List<org.lihaaz.finding.Finding> chair = report.findings().stream()
                        .filter(f -> f.ruleId().equals("fixkinds.chairman")).toList();
                List<org.lihaaz.finding.Finding> man = report.findings().stream()
                        .filter(f -> f.ruleId().equals("fixkinds.mankind")).toList();
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Fixer.Result> a = pool.submit(() -> {
                    start.await();
                    return new Fixer(Disk.real()).applySafe(file, "race.md", text, Format.MARKDOWN, chair, true);
                });
                Future<Fixer.Result> b = pool.submit(() -> {
                    start.await();
                    return new Fixer(Disk.real()).applySafe(file, "race.md", text, Format.MARKDOWN, man, true);
                });
                Fixer.Result ra = a.get();
                Fixer.Result rb = b.get();
                String now = Files.readString(file);
                String onlyChair = text.replace("chairman", "chairperson");
                String onlyMan = text.replace("mankind", "humankind");
                assertTrue(now.equals(onlyChair) || now.equals(onlyMan), "round " + round + ": a mix or a part");
                assertTrue(ra.status() == Fixer.Status.FIXED || ra.status() == Fixer.Status.CHANGED, ra.toString());
                assertTrue(rb.status() == Fixer.Status.FIXED || rb.status() == Fixer.Status.CHANGED, rb.toString());
                try (Stream<Path> left = Files.list(dir)) {
                    assertEquals(List.of(file), left.toList(), "no temporary file left");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each step of the write fails in turn, as a full disk or a read-only folder would make it. */
    @Test
    void aFailureAtAnyStepOfTheWriteLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Lihaaz engine = Golden.engine(RULES);
        List<String> steps = List.of("createTemp", "writeSynced", "copyMetadata", "lock", "read", "moveAtomically");
        for (String failing : steps) {
            Path file = dir.resolve("post-" + failing + ".md");
            Files.writeString(file, "The chairman spoke.\n");
            byte[] before = Files.readAllBytes(file);
            FileReport report = engine.check(Input.ofFile(file, file.getFileName().toString()));
            Disk faulty = failingDisk(failing);
            Fixer.Result r = new Fixer(faulty).applySafe(file, "post.md", report.source().text(), Format.MARKDOWN,
                    report.findings(), true);
            assertEquals(Fixer.Status.FAILED, r.status(), failing + ": " + r);
            assertTrue(r.message().startsWith("cannot "), r.message());
            assertArrayEquals(before, Files.readAllBytes(file), failing);
            try (Stream<Path> left = Files.list(dir)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".lihaaz-")), failing + ": temporary file left");
            }
        }
    }

    @Test
    void aFailedFolderSyncAfterTheRenameStillCountsAsWritten() throws IOException {
        Lihaaz engine = Golden.engine(RULES);
        Path file = Files.writeString(dir.resolve("synced.md"), "The chairman spoke.\n");
        FileReport report = engine.check(Input.ofFile(file, "synced.md"));
        Fixer.Result r = new Fixer(failingDisk("sync")).applySafe(file, "synced.md",
                report.source().text(), Format.MARKDOWN, report.findings(), true);
        // The rename has happened: the new content is what readers see, so reporting a failure would mislead.
        assertEquals(Fixer.Status.FIXED, r.status(), r.toString());
        assertEquals("The chairperson spoke.\n", Files.readString(file));
    }

    /** Passes every call to the real disk except one step, which fails the way a full or read-only disk does. */
    private static Disk failingDisk(String failing) {
        return FolderWrapper.wrapping(Disk.real(), folder -> new FolderWrapper(folder) {
            private void maybeFail(String step, String name) throws IOException {
                if (step.equals(failing)) {
                    throw step.equals("createTemp") ? new AccessDeniedException(name, null, "Read-only file system")
                            : new IOException("No space left on device");
                }
            }

            @Override
            public String createTemp(String prefix, boolean newFile) throws IOException {
                maybeFail("createTemp", prefix);
                return super.createTemp(prefix, newFile);
            }

            @Override
            public void writeSynced(String name, byte[] bytes) throws IOException {
                if (failing.equals("writeSynced")) {
                    // Half the bytes reach the disk, then it is full.
                    super.writeSynced(name, Arrays.copyOf(bytes, bytes.length / 2));
                }
                maybeFail("writeSynced", name);
                super.writeSynced(name, bytes);
            }

            @Override
            public void copyMetadata(String from, String to) throws IOException {
                maybeFail("copyMetadata", to);
                super.copyMetadata(from, to);
            }

            @Override
            public Disk.Locked lock(String name) throws IOException {
                maybeFail("lock", name);
                Disk.Locked locked = super.lock(name);
                return new Disk.Locked() {
                    @Override
                    public byte[] read() throws IOException {
                        // The fixer's own check reads by path; this is the re-read right before the rename.
                        maybeFail("read", name);
                        return locked.read();
                    }

                    @Override
                    public void close() throws IOException {
                        locked.close();
                    }
                };
            }

            @Override
            public void moveAtomically(String from, String to) throws IOException {
                maybeFail("moveAtomically", to);
                super.moveAtomically(from, to);
            }

            @Override
            public void sync() throws IOException {
                maybeFail("sync", "");
                super.sync();
            }
        });
    }
}
