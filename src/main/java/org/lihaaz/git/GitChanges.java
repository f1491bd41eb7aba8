package org.lihaaz.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the git command line what changed since a revision, for {@code --changed-since}:
 * {@code git diff --unified=0 REV} compares the revision with the working tree, so commits since
 * REV, staged changes and unstaged edits all count; files git does not track yet (and does not
 * ignore) count as changed in every line.
 */
public final class GitChanges {
    private final Path workingFolder;

    public GitChanges(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /**
     * The changes since {@code revision} in each repository that one of {@code folders} is in, each
     * repository asked once: the paths checked decide, not the working folder, so a run from outside
     * the repository works too.
     */
    public static ChangedLines since(String revision, java.util.Collection<Path> folders) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("--changed-since needs a git revision (a commit, branch or tag), not '"
                    + revision + "'");
        }
        Map<Path, ChangedLines> byRoot = new java.util.LinkedHashMap<>();
        for (Path folder : folders) {
            GitChanges g = new GitChanges(folder);
            Path root = g.topLevel();
            if (!byRoot.containsKey(root)) {
                byRoot.put(root, g.since(revision));
            }
        }
        return ChangedLines.union(byRoot.values());
    }

    private Path topLevel() throws GitException {
        Result top = git("rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            throw new GitException("--changed-since needs a git repository, and " + workingFolder
                    + " is not in one");
        }
        return Path.of(top.out().strip());
    }

    public ChangedLines since(String revision) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("--changed-since needs a git revision (a commit, branch or tag), not '"
                    + revision + "'");
        }
        Path root = topLevel();
        Result diff = git("-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                "--no-textconv", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", revision, "--");
        if (diff.code() != 0) {
            throw new GitException("--changed-since " + revision + ": git diff failed: " + firstLine(diff.err()));
        }
        Map<Path, BitSet> lines = new HashMap<>();
        for (Map.Entry<String, BitSet> e : UnifiedDiff.parse(diff.out()).entrySet()) {
            lines.put(canonical(root.resolve(e.getKey())), e.getValue());
        }
        Result untracked = git("ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/");
        if (untracked.code() != 0) {
            throw new GitException("--changed-since: git ls-files failed: " + firstLine(untracked.err()));
        }
        Set<Path> whole = new HashSet<>();
        for (String name : untracked.out().split("\0")) {
            if (!name.isEmpty()) {
                whole.add(canonical(root.resolve(name)));
            }
        }
        return new ChangedLines(lines, whole);
    }

    /** The same file named however: symbolic links in the folder path resolved where possible. */
    public static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    private record Result(int code, String out, String err) {
    }

    private Result git(String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new GitException("--changed-since needs the git command, which could not be run: " + e.getMessage());
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            String out = readAll(p.getInputStream());
            int code = p.waitFor();
            return new Result(code, out, err.join());
        } catch (IOException e) {
            throw new GitException("--changed-since: cannot talk to git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new GitException("--changed-since: interrupted while waiting for git");
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl >= 0 ? t.substring(0, nl) : t.isEmpty() ? "(no message)" : t;
    }
}
