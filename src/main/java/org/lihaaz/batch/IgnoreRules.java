package org.lihaaz.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of one ignore file ({@code .gitignore}, {@code .lihaazignore}) or of a configuration's
 * {@code ignore:} list, with gitignore meaning: a pattern without a slash matches a name at any
 * depth, one with a slash is anchored to the folder it was written in, a trailing slash matches only
 * folders, and {@code !} takes a file back.
 */
final class IgnoreRules {
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private record Pattern(Glob glob, boolean anchored, boolean dirOnly, boolean negated) {
    }

    private final Path base;
    private final List<Pattern> patterns;

    private IgnoreRules(Path base, List<Pattern> patterns) {
        this.base = base;
        this.patterns = patterns;
    }

    static IgnoreRules of(Path base, List<String> lines) {
        List<Pattern> out = new ArrayList<>();
        for (String raw : lines) {
            String line = stripTrailingSpaces(raw);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated) {
                line = line.substring(1);
            }
            if (line.startsWith("\\")) {
                line = line.substring(1);
            }
            boolean dirOnly = line.endsWith("/");
            if (dirOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.length() > Glob.MAX_PATTERN) {
                continue;
            }
            out.add(new Pattern(Glob.compile(line), anchored, dirOnly, negated));
        }
        return new IgnoreRules(base.toAbsolutePath().normalize(), out);
    }

    /** The rules of an ignore file, or null when it does not exist or cannot be read. */
    static IgnoreRules read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            return of(file.toAbsolutePath().getParent(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * Whether {@code path} is ignored: null when no pattern speaks about it, else the verdict of the
     * last pattern that does.
     */
    Boolean ignores(Path path, boolean isDir) {
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) {
            return null;
        }
        String rel = base.relativize(abs).toString().replace('\\', '/');
        String name = abs.getFileName().toString();
        Boolean verdict = null;
        // Each path is prepared once for all patterns; each pattern then costs its length in word steps.
        Glob.Subject relSubject = null;
        Glob.Subject nameSubject = null;
        for (Pattern p : patterns) {
            if (p.dirOnly() && !isDir) {
                continue;
            }
            boolean hit;
            if (p.anchored()) {
                relSubject = relSubject != null ? relSubject : new Glob.Subject(rel);
                hit = p.glob().matches(relSubject);
            } else {
                nameSubject = nameSubject != null ? nameSubject : new Glob.Subject(name);
                hit = p.glob().matches(nameSubject);
            }
            if (hit) {
                verdict = !p.negated();
            }
        }
        return verdict;
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ' && !(end >= 2 && s.charAt(end - 2) == '\\')) {
            end--;
        }
        return s.substring(0, end);
    }
}
