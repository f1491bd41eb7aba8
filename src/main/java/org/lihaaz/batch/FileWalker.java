package org.lihaaz.batch;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;

/**
 * Expands the paths a user named into the files to check. Folders are walked recursively, following
 * links but never round a loop; hidden folders and {@code node_modules} are skipped, as is anything a
 * {@code .gitignore} or {@code .lihaazignore} ignores; only regular files with a known extension are
 * taken. A file named explicitly is always taken.
 */
final class FileWalker {
    static final Set<String> IGNORE_FILES = Set.of(".gitignore", ".lihaazignore");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules");

    private final Predicate<Path> knownExtension;
    private final List<Target> targets = new ArrayList<>();
    private final List<FileReport> failures = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    FileWalker(Predicate<Path> knownExtension) {
        this.knownExtension = knownExtension;
    }

    List<Target> targets() {
        return targets;
    }

    /** Reports for named paths that could not be used. */
    List<FileReport> failures() {
        return failures;
    }

    /** Things worth telling the user that are not errors, such as a link loop not followed. */
    List<String> notices() {
        return notices;
    }

    void add(String arg) {
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            failures.add(FileReport.failed(display(path), Problem.error(
                    Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "broken link" : "no such file or folder")));
        } else if (Files.isDirectory(path)) {
            walk(path);
        } else if (Files.isRegularFile(path)) {
            targets.add(new Target(path, display(path), true, null));
        } else {
            failures.add(FileReport.failed(display(path), Problem.error("not a regular file (a device or pipe?); not read")));
        }
    }

    private void walk(Path root) {
        Path tree;
        try {
            tree = root.toRealPath();
        } catch (IOException e) {
            failures.add(FileReport.failed(display(root), Problem.error("cannot walk folder: " + reason(e))));
            return;
        }
        // Newest at the head: pushing outermost first leaves the nearest ignore file to speak last.
        Deque<IgnoreRules> ignores = new ArrayDeque<>();
        ancestorIgnores(root).forEach(ignores::push);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                private final Deque<Integer> pushed = new ArrayDeque<>();

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)
                            || isIgnored(ignores, dir, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    int count = 0;
                    for (String f : IGNORE_FILES) {
                        IgnoreRules rules = IgnoreRules.read(dir.resolve(f));
                        if (rules != null) {
                            ignores.push(rules);
                            count++;
                        }
                    }
                    pushed.push(count);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    int count = pushed.isEmpty() ? 0 : pushed.pop();
                    for (int i = 0; i < count; i++) {
                        ignores.pop();
                    }
                    if (e != null) {
                        failures.add(FileReport.failed(display(dir), Problem.error("cannot list folder: " + reason(e))));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !name.startsWith(".") && knownExtension.test(file)
                            && !isIgnored(ignores, file, false)) {
                        targets.add(new Target(file, display(file), false, tree));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        notices.add(display(file) + ": link loop, not followed");
                    } else {
                        failures.add(FileReport.failed(display(file), Problem.error("cannot read: " + reason(e))));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(FileReport.failed(display(root), Problem.error("cannot walk folder: " + reason(e))));
        }
    }

    /** Ignore files in the folders above a walked root, up to the top of its git work tree. */
    private static List<IgnoreRules> ancestorIgnores(Path root) {
        List<IgnoreRules> out = new ArrayList<>();
        Path dir = root.toAbsolutePath().normalize().getParent();
        Path start = root.toAbsolutePath().normalize();
        if (Files.exists(start.resolve(".git"))) {
            return out;
        }
        while (dir != null) {
            for (String f : IGNORE_FILES) {
                IgnoreRules rules = IgnoreRules.read(dir.resolve(f));
                if (rules != null) {
                    out.add(0, rules);
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                return out;
            }
            dir = dir.getParent();
        }
        // Not inside a git work tree: ignore files above the root do not apply.
        return new ArrayList<>();
    }

    private static boolean isIgnored(Deque<IgnoreRules> ignores, Path path, boolean isDir) {
        // The nearest ignore file speaks last, as in git.
        Boolean verdict = null;
        var it = ignores.descendingIterator();
        while (it.hasNext()) {
            Boolean v = it.next().ignores(path, isDir);
            if (v != null) {
                verdict = v;
            }
        }
        return Boolean.TRUE.equals(verdict);
    }

    static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
