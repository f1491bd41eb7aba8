package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.git.ChangedLines;
import org.lihaaz.git.GitChanges;
import org.lihaaz.git.GitException;

/**
 * --changed-since in a temporary git repository the test builds. The command runs in a separate
 * process, because git is asked about the current folder, and a test cannot change its own.
 */
class ChangedSinceTest {
    @TempDir
    Path repo;

    private record Run(int code, String out, String err) {
    }

    private static Run exec(Path dir, String... command) throws Exception {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("HOME", dir.toString());
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private void git(String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        c.addAll(List.of(args));
        Run r = exec(repo, c.toArray(String[]::new));
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
    }

    private Run lihaaz(Path dir, String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.lihaaz.cli.Main"));
        c.addAll(List.of(args));
        return exec(dir, c.toArray(String[]::new));
    }

    private static List<String> found(Run r) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("files")) {
            for (JsonNode x : f.get("findings")) {
                out.add(f.get("path").asText() + ":" + x.get("line").asInt() + ":" + x.get("match").asText());
            }
        }
        return out;
    }

    private void write(String name, String text) throws Exception {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @BeforeEach
    void committedHistory() throws Exception {
        git("init", "-q");
        write("drafts/old.md", "# Old\n\nThe policeman spoke.\n\nNothing else.\n");
        write("drafts/other.md", "A spokesman said so.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
    }

    @Test
    void onlyFindingsOnAddedOrChangedLinesAreReported() throws Exception {
        // Committed after the base, staged, unstaged, and an untracked new file: all count.
        write("drafts/old.md", "# Old\n\nThe policeman spoke.\n\nThe firemen came.\n");
        git("commit", "-q", "-am", "second");
        write("drafts/other.md", "A spokesman said so.\nThe policeman agreed.\n");
        git("add", "drafts/other.md");
        write("drafts/other.md", "A spokesman said so.\nThe policeman agreed.\nMore manpower is needed.\n");
        write("drafts/new file.md", "The businessman left.\n");
        Run r = lihaaz(repo, "check", "--format", "json", "--changed-since", "HEAD~1", "drafts");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("drafts/new file.md:1:businessman", "drafts/old.md:5:firemen",
                "drafts/other.md:2:policeman", "drafts/other.md:3:manpower"), found(r));
        Run all = lihaaz(repo, "check", "--format", "json", "drafts");
        assertTrue(found(all).contains("drafts/old.md:3:policeman"), "without the option, old findings show");
    }

    @Test
    void worksFromASubfolderAndWithAbsolutePaths() throws Exception {
        write("drafts/old.md", "# Old\n\nThe policeman spoke.\n\nThe firemen came.\n");
        Run sub = lihaaz(repo.resolve("drafts"), "check", "--format", "json", "--changed-since", "HEAD", ".");
        assertEquals(List.of("old.md:5:firemen"), found(sub), sub.err());
        Run abs = lihaaz(repo, "check", "--format", "json", "--changed-since", "HEAD",
                repo.resolve("drafts/old.md").toString());
        assertEquals(1, found(abs).size(), abs.err());
    }

    @Test
    void theRepositoryIsTheOneThePathsAreIn(@TempDir Path outside) throws Exception {
        write("drafts/old.md", "# Old\n\nThe policeman spoke.\n\nThe firemen came.\n");
        Run r = lihaaz(outside, "check", "--format", "json", "--changed-since", "HEAD", repo.resolve("drafts").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, found(r).size(), r.out());
        assertTrue(found(r).get(0).endsWith("drafts/old.md:5:firemen"), found(r).toString());
        // A file and a folder of the same repository ask git once; a missing file is reported as missing.
        Run missing = lihaaz(outside, "check", "--changed-since", "HEAD", repo.resolve("drafts/old.md").toString(),
                repo.resolve("drafts/gone.md").toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("gone.md") && !missing.err().contains("not in one"), missing.err());
    }

    @Test
    void nothingChangedMeansNothingReported() throws Exception {
        Run r = lihaaz(repo, "check", "--changed-since", "HEAD", "drafts");
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("No findings"), r.out());
    }

    @Test
    void clearOneLineErrorsOutsideARepositoryAndForABadRevision(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("a.md"), "The policeman spoke.\n");
        Run r = lihaaz(outside, "check", "--changed-since", "HEAD", "a.md");
        assertEquals(2, r.code());
        assertEquals("lihaaz: --changed-since needs a git repository, and " + outside.toRealPath()
                + " is not in one\n", r.err().replace(outside.toString(), outside.toRealPath().toString()));
        Run bad = lihaaz(repo, "check", "--changed-since", "no-such-branch", "drafts");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().startsWith("lihaaz: --changed-since no-such-branch: git diff failed: fatal:"), bad.err());
        assertEquals("", bad.out(), "nothing checked, nothing reported");
    }

    @Test
    void theLibraryReadsChangedLinesWithoutTheCommandLine() throws Exception {
        write("drafts/old.md", "# Old\n\nThe policeman spoke.\n\nThe firemen came.\n");
        ChangedLines lines = new GitChanges(repo).since("HEAD");
        Path old = GitChanges.canonical(repo.resolve("drafts/old.md"));
        assertTrue(lines.touches(old, 5, 5));
        assertFalse(lines.touches(old, 3, 3));
        assertFalse(lines.touches(GitChanges.canonical(repo.resolve("drafts/other.md")), 1, 100));
        try {
            new GitChanges(repo).since("--output=/tmp/x");
            throw new AssertionError("an option is not a revision");
        } catch (GitException e) {
            assertTrue(e.getMessage().contains("not '--output=/tmp/x'"), e.getMessage());
        }
        assertFalse(File.separator.isEmpty());
    }
}
