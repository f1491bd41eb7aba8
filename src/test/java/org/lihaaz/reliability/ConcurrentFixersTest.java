package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.fix.Disk;
import org.lihaaz.fix.Fixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.FolderWrapper;
import org.lihaaz.testing.Golden;
import org.lihaaz.testing.LihaazProcess;

/**
 * Issue 16, item 1: two {@code check --fix} processes with different edits on the same files at
 * once. Every file must end with both edits, or with one and the other process naming it as
 * refused; never one process's edit silently gone.
 */
class ConcurrentFixersTest {
    private static final Path RULES = Golden.resources("fix").resolve("rules").toAbsolutePath();
    private static final int FILES = Integer.getInteger("lihaaz.concurrentFixFiles", 150);

    @TempDir
    Path dir;

    private static String builtInPacks() {
        return String.join(",", new RuleLoader().loadBuiltIn().rules().rules().stream().map(r -> r.pack()).distinct().toList());
    }

    private Process fixer(Path corpus, String disabled, Path log) throws Exception {
        return LihaazProcess.builder(dir, "check", "--fix", "--rules", RULES.toString(), "--disable",
                builtInPacks() + "," + disabled, "--fail-on", "never", "--format", "json", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
    }

    /**
     * The lock itself, deterministically: while one fixer holds it (between its re-read and its
     * rename) a second fixer of the same file is started and given time to finish. It must not:
     * it waits for the lock, then sees the first one's result and refuses. Without the lock it
     * would write in that time and the first one's rename would silently drop its edit.
     */
    @Test
    void aSecondFixerWaitsForTheLockAndThenRefuses() throws Exception {
        Path file = Files.writeString(dir.resolve("post.md"), "The chairman and mankind.\n");
        Lihaaz engine = Golden.engine(RULES);
        FileReport report = engine.check(Input.ofFile(file, "post.md"));
        String text = report.source().text();
        var chair = report.findings().stream().filter(f -> f.ruleId().equals("fixkinds.chairman")).toList();
        var man = report.findings().stream().filter(f -> f.ruleId().equals("fixkinds.mankind")).toList();
        AtomicReference<Fixer.Result> second = new AtomicReference<>();
        Thread[] other = new Thread[1];
        Disk holding = FolderWrapper.wrapping(Disk.real(),
                folder -> new FolderWrapper(folder) {
                    @Override
                    public void moveAtomically(String from, String to) throws IOException {
                        // Right before the rename: the re-read has found the file unchanged.
                        if (other[0] == null) {
                            other[0] = new Thread(() -> second.set(new Fixer(Disk.real())
                                    .applySafe(file, "post.md", text, Format.MARKDOWN, man, true)));
                            other[0].start();
                            try {
                                other[0].join(2000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        super.moveAtomically(from, to);
                    }
                });
        Fixer.Result first = new Fixer(holding).applySafe(file, "post.md", text,
                Format.MARKDOWN, chair, true);
        other[0].join();
        assertEquals(Fixer.Status.FIXED, first.status(), first.toString());
        assertEquals(Fixer.Status.CHANGED, second.get().status(), second.get().toString());
        assertEquals("The chairperson and mankind.\n", Files.readString(file));
    }

    @Test
    void twoFixerProcessesWithDifferentEditsNeverLoseOneSilently() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        String text = "The chairman and mankind met, and the minutes say so at some length. \n".repeat(300);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(Files.writeString(corpus.resolve(String.format("f%03d.md", i)), text));
        }
        Path logA = dir.resolve("a.log");
        Path logB = dir.resolve("b.log");
        // A fixes only "chairman", B only "mankind": both edits can only end in a file if B read A's result, or the other way round.
        Process a = fixer(corpus, "fixkinds.mankind", logA);
        Process b = fixer(corpus, "fixkinds.chairman", logB);
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS), "both fixers end");
        String errA = Files.readString(logA);
        String errB = Files.readString(logB);
        int both = 0;
        int refused = 0;
        for (Path f : files) {
            String now = Files.readString(f);
            boolean chair = !now.contains("chairman") && now.contains("chairperson");
            boolean man = !now.replace("humankind", "").contains("mankind") && now.contains("humankind");
            String refusal = "corpus/" + f.getFileName() + ": changed on disk since it was read; not rewritten";
            boolean refusedA = errA.contains(refusal);
            boolean refusedB = errB.contains(refusal);
            if (chair && man) {
                both++;
                assertTrue(!refusedA && !refusedB, f + ": both edits made, yet one was reported refused");
            } else if (chair) {
                assertTrue(refusedB, f + ": B's edit is gone and B did not say so\nB: " + errB);
                refused++;
            } else if (man) {
                assertTrue(refusedA, f + ": A's edit is gone and A did not say so\nA: " + errA);
                refused++;
            } else {
                throw new AssertionError(f + ": neither edit made\nA: " + errA + "\nB: " + errB);
            }
            assertEquals(text.length(), now.length() + ("chairman".length() - "chairperson".length()) * 300 * (chair ? 1 : 0)
                    + ("mankind".length() - "humankind".length()) * 300 * (man ? 1 : 0), f + ": whole, no mix");
        }
        assertEquals(FILES, both + refused);
        // A refusal is an error: exit 2, so CI notices.
        assertEquals(errA.contains("not rewritten") ? 2 : 0, a.exitValue(), errA);
        assertEquals(errB.contains("not rewritten") ? 2 : 0, b.exitValue(), errB);
        try (var left = Files.list(corpus)) {
            assertEquals(FILES, left.count(), "no temporary file left");
        }
        System.out.println("concurrent fixers: " + both + " files got both edits, " + refused + " refused and reported");
    }
}
