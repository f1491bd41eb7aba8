package org.lihaaz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.LihaazProcess;

/**
 * Round two, injection (docs/reliability.md): text from files, file names and rule packs must not
 * act on a terminal, on a CI log's workflow commands, or on other files through a diff.
 */
class OutputInjectionTest {
    @TempDir
    Path dir;

    /** No escape, bell, C1 control or bidi override in what a person (or a CI log) reads. */
    private static void assertInert(String what, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = i;
            assertFalse(c < 0x20 && c != '\n', () -> what + ": control U+" + Integer.toHexString(c) + " at " + at + " in\n" + s);
            assertFalse(c >= 0x7F && c <= 0x9F, () -> what + ": DEL/C1 at " + at + " in\n" + s);
            assertFalse((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2067'),
                    () -> what + ": bidi control at " + at + " in\n" + s);
        }
    }

    private Path hostilePack() throws IOException {
        Path pack = dir.resolve("rules/en/evil.yml");
        Files.createDirectories(pack.getParent());
        Files.writeString(pack, """
                - id: evil.term
                  level: warning
                  category: "cat\\e]0;title\\a"
                  terms: [zorblax]
                  inflect: none
                  replace: ["good\\e7\\u009Bword\\u202E"]
                  message: "bad \\e]52;c;ZXZpbA==\\a word\\x9b"
                  note: "note \\e[1A up"
                  source: ["https://example.org/\\e[2J"]
                  examples:
                    flag: ["A zorblax \\e\\\\[5m here."]
                    clean: [Nothing here.]
                """);
        return dir.resolve("rules");
    }

    @Test
    void fileTextNamesAndPackStringsCannotDriveTheTerminal() throws IOException {
        Path rules = hostilePack();
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Path file = docs.resolve("t\u001B]0;pwned\u0007.md");
        Files.writeString(file, "The policeman \u001B]52;c;ZXZpbA==\u0007 came, a zorblax \u202Eevil\u009B2J.\n");
        Cli.Run human = Cli.run("check", "--no-color", "--summary", "--rules", rules.toString(), docs.toString());
        assertEquals(1, human.code(), human::toString);
        assertTrue(human.out().contains("\u241B]52;c;ZXZpbA==\u2407"), human::toString);
        assertTrue(human.out().contains("\"" ), human::toString);
        assertInert("check (human, --summary)", human.out() + human.err());

        Cli.Run explain = Cli.run("rules", "explain", "evil.term", "--rules", rules.toString());
        assertEquals(0, explain.code(), explain::toString);
        assertTrue(explain.out().contains("bad \u241B]52"), explain::toString);
        assertInert("rules explain", explain.out() + explain.err());
        Cli.Run list = Cli.run("rules", "list", "--rules", rules.toString());
        assertInert("rules list", list.out() + list.err());

        // The interactive review shows the header, the message, context lines and suggestions.
        Cli.Run review = Cli.runWithInput("s\ns\ns\nq\n", "review", "--no-color", "--rules", rules.toString(), file.toString());
        assertTrue(review.out().contains("\u241B]52;c;ZXZpbA==\u2407"), review::toString);
        assertTrue(review.out().contains("bad \u241B]52"), review::toString);
        assertInert("review", review.out() + review.err());

        // The fix step's messages and --diff's notice name the file too.
        Cli.Run diff = Cli.run("check", "--diff", "--no-color", docs.toString());
        assertInert("check --diff stderr", diff.err());
    }

    @Test
    void aFileNameCannotIssueWorkflowCommandsInAnyFormat() throws IOException {
        // The name from the report: a broken Word file, so the run prints a per-file problem.
        Path bad = dir.resolve("x\n::stop-commands::T\n.docx");
        Files.writeString(bad, "not a zip");
        Files.writeString(dir.resolve("ok.md"), "The policeman came.\n");
        for (String format : List.of("human", "json", "github", "sarif", "checkstyle", "junit", "csv", "rdjson")) {
            for (boolean quiet : new boolean[] {false, true}) {
                List<String> args = new ArrayList<>(List.of("check", "--no-color", "--format", format));
                if (quiet) {
                    args.add("-q");
                }
                args.add(dir.toString());
                Cli.Run r = Cli.run(args.toArray(String[]::new));
                String what = format + (quiet ? " -q" : "");
                assertEquals(2, r.code(), () -> what + "\n" + r);
                for (String line : r.err().split("\n", -1)) {
                    assertFalse(line.startsWith("::"), () -> what + ": a workflow command on stderr:\n" + r.err());
                }
                assertTrue(r.err().contains("/x\\n::stop-commands::T\\n.docx\""), () -> what + ": name not quoted:\n" + r.err());
                if (format.equals("github")) {
                    for (String line : r.out().split("\n")) {
                        assertTrue(line.startsWith("::"), () -> "a stray line in the workflow commands:\n" + r.out());
                    }
                }
                if (format.equals("human")) {
                    assertInert(what, r.out());
                }
            }
        }
    }

    @Test
    void noFindingsIsNotClaimedForAFileThatCouldNotBeRead() throws IOException {
        Path bad = dir.resolve("broken.docx");
        Files.writeString(bad, "not a zip");
        Cli.Run only = Cli.run("check", "--no-color", bad.toString());
        assertEquals(2, only.code(), only::toString);
        assertFalse(only.out().contains("No findings"), only::toString);
        assertTrue(only.out().contains("\u2716 1 file could not be read; nothing checked"), only::toString);

        Files.writeString(dir.resolve("clean.md"), "Nothing to see.\n");
        Cli.Run mixed = Cli.run("check", "--no-color", dir.toString());
        assertEquals(2, mixed.code(), mixed::toString);
        assertTrue(mixed.out().contains("No findings in 1 file checked; \u2716 1 file could not be read"), mixed::toString);
    }

    /**
     * A folder name with line breaks that spell out a hunk for build.sh: the diff must name the one
     * file it fixes, and both git apply and patch -p1 must change that file and nothing else.
     */
    @Test
    void diffHeadersCannotSmuggleHunksForAnotherFile() throws Exception {
        Path tree = dir.resolve("tree");
        Path evil = tree.resolve("e\n--- a").resolve("build.sh\n+++ b")
                .resolve("build.sh\n@@ -1,1 +1,1 @@\n-echo safe\n+echo pwned\nx");
        Files.createDirectories(evil);
        Files.writeString(tree.resolve("build.sh"), "echo safe\n");
        Files.writeString(evil.resolve("f.md"), "The policeman spoke.\n");
        Files.writeString(tree.resolve("build.sh\n+++ b"), "decoy\n");
        Process p = LihaazProcess.start(tree, "check", "--diff", "--no-color", ".");
        String patch = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, patch.lines().filter(l -> l.startsWith("--- ")).count(), patch);
        assertEquals(1, patch.lines().filter(l -> l.startsWith("+++ ")).count(), patch);
        assertTrue(patch.startsWith("--- \"a/e\\n--- a/build.sh\\n+++ b/build.sh\\n@@"), patch);

        for (List<String> apply : List.of(List.of("git", "apply", "-"), List.of("patch", "-p1", "--batch"))) {
            assumeTrue(onPath(apply.get(0)), apply.get(0) + " is not installed");
            Path copy = dir.resolve("copy-" + apply.get(0));
            copyTree(tree, copy);
            Process a = new ProcessBuilder(apply).directory(copy.toFile()).redirectErrorStream(true).start();
            a.getOutputStream().write(patch.getBytes(StandardCharsets.UTF_8));
            a.getOutputStream().close();
            String said = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(a.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, a.exitValue(), () -> apply + " failed: " + said + "\n" + patch);
            assertEquals("echo safe\n", Files.readString(copy.resolve("build.sh")), apply + " touched build.sh");
            assertEquals("decoy\n", Files.readString(copy.resolve("build.sh\n+++ b")), apply + " touched the decoy");
            Path fixed = copy.resolve(tree.relativize(evil)).resolve("f.md");
            assertFalse(Files.readString(fixed).contains("policeman"), apply + " did not fix the named file");
        }
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
