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
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) {
                return null;
            }
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            return null;
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return null;
        }
        return of(file.toAbsolutePath().getParent(), lines(bytes));
    }

    /**
     * The lines of an ignore file read as git reads them: bytes split at LF (a CR before it dropped),
     * whatever the encoding. A byte that is not UTF-8 becomes U+FFFD, as it does in the file names
     * Java gives, so one such byte costs at most its own pattern, never the whole file (which would
     * leave git-ignored files to be checked and rewritten).
     */
    static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (i < bytes.length || end > start) {
                    out.add(new String(bytes, start, end - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        return out;
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
