package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.baseline.BaselineFile;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.TestRules;

/**
 * Issue 16, items 12 to 14: a baseline that is a device, a pipe or huge is refused with one line; a
 * configuration's extra-rules cannot read a file outside its folder through a link inside it; an
 * ignore file with a byte that is not UTF-8 still ignores.
 */
class ConfinedInputsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aBaselineThatIsADevicePipeOrHugeIsRefusedWithOneLine() throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"), "A policeman.\n");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(BaselineFile.MAX_BYTES + 1L);
        }
        for (Path baseline : new Path[] {Path.of("/dev/zero"), zero, fifo, huge}) {
            Cli.Run run = assertTimeoutPreemptively(HANG_GUARD,
                    () -> Cli.run("check", "--no-color", "--baseline", baseline.toString(), post.toString()));
            assertEquals(2, run.code(), run::toString);
            String reason = baseline.equals(huge) ? "the baseline file is larger than 16 MB; not read"
                    : "not a regular file (a device or pipe?); not read";
            assertTrue(run.err().contains(baseline + ": cannot read: " + reason), run::toString);
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::toString);
        }
    }

    @Test
    void aPackFileOrLanguageFolderLinkedOutOfTheConfigurationsFolderIsNotRead() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.yml"), TestRules.rule("secret", "[fireman]").replace("test.secret", "leak.secret"));
        Files.createDirectories(outside.resolve("ur"));
        Files.writeString(outside.resolve("ur/other.yml"), TestRules.rule("other", "[fireman]").replace("test.other", "other.fire"));
        Path project = Files.createDirectories(dir.resolve("project"));
        Path en = Files.createDirectories(project.resolve("rules/en"));
        Files.writeString(en.resolve("own.yml"), TestRules.rule("own", "[chairman]").replace("test.own", "own.chair"));
        Files.createSymbolicLink(en.resolve("leak.yml"), secret);
        Files.createSymbolicLink(project.resolve("rules/ur"), outside.resolve("ur"));
        Files.writeString(project.resolve(".lihaaz.yml"), "extra-rules: [rules]\n");
        Files.writeString(project.resolve("post.md"), "A fireman and a chairman.\n");
        Cli.Run run = Cli.run("check", "--no-color", "--format", "json", project.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("rules/en/leak.yml:1:1: a link to a file outside " + project.toRealPath()), run::toString);
        assertTrue(run.err().contains("rules/ur/other.yml:1:1: a link to a file outside"), run::toString);
        assertFalse(run.out().contains("leak.secret") || run.out().contains("other.fire"), run::toString);
        // The same folder named with --rules is the user's own choice, links and all.
        RuleLoader.Result chosen = new RuleLoader().load(project.resolve("rules"));
        assertTrue(chosen.rules().knows("leak.secret"), chosen.errors().toString());
        // Confined, the pack inside the folder still loads.
        assertTrue(new RuleLoader().confinedTo(project).load(en.resolve("own.yml")).ok());
    }

    @Test
    void anIgnoreFileWithAByteThatIsNotUtf8StillIgnores() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectory(project.resolve(".git"));
        // Latin-1 "café" on the first line: not UTF-8. Git reads the rest of the file all the same.
        Files.write(project.resolve(".gitignore"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n', 'd', 'r', 'a', 'f', 't', 's', '/',
            '\r', '\n', 'i', 'g', 'n', 'o', 'r', 'e', 'd', '.', 'm', 'd'});
        Path ignored = Files.writeString(project.resolve("ignored.md"), "A policeman.\n");
        Path draft = Files.writeString(Files.createDirectory(project.resolve("drafts")).resolve("d.md"), "A policeman.\n");
        Path checked = Files.writeString(project.resolve("checked.md"), "A policeman.\n");
        Cli.Run run = Cli.run("check", "--fix", "--no-color", "--format", "json", "--fail-on", "never", project.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals("A policeman.\n", Files.readString(ignored), "a git-ignored file is not rewritten");
        assertEquals("A policeman.\n", Files.readString(draft), "nor one in an ignored folder (CRLF line)");
        assertFalse(Files.readString(checked).contains("policeman"), run::toString);
        assertFalse(run.out().contains("ignored.md"), run::toString);
    }
}
