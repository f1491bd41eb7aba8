package org.lihaaz.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.lihaaz.fix.AtomicWriter;
import org.lihaaz.fix.Disk;
import org.lihaaz.internal.source.SmallFile;

/**
 * Reads and writes baseline files (format version 1, described in docs/ci.md):
 *
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {"rule": "gender.chairman", "path": "drafts/post.md", "fingerprint": "3f0c…", "count": 1, "match": "chairman"}
 *   ]
 * }
 * </pre>
 *
 * Paths are relative to the folder the baseline file is in, with '/', so the file can be committed and
 * used from any working folder. Writing is atomic: a temporary file in the same folder, then a rename.
 */
public final class BaselineFile {
    public static final int FORMAT_VERSION = 1;
    /** The largest baseline read (about 100,000 findings); above it the run stops with a one-line error. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Path file;
    private final Path workingFolder;

    /**
     * @param file          the baseline file
     * @param workingFolder the folder report paths are relative to (the current folder)
     */
    public BaselineFile(Path file, Path workingFolder) {
        this.file = file;
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** Turns a report path into the path stored in the baseline. */
    public UnaryOperator<String> pathKey() {
        Path base = file.toAbsolutePath().normalize().getParent();
        return reportPath -> {
            Path p;
            try {
                p = workingFolder.resolve(reportPath).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return reportPath;
            }
            Path rel = base.relativize(p);
            List<String> parts = new ArrayList<>();
            rel.forEach(part -> parts.add(part.toString()));
            return String.join("/", parts);
        };
    }

    public Baseline read() throws BaselineException {
        String text;
        try {
            text = new String(SmallFile.read(file, MAX_BYTES, "the baseline file"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(file + ": no such baseline file (write one with --write-baseline)");
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BaselineException(file + ":" + line + ": not a baseline file: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").isInt()) {
            throw new BaselineException(file + ": not a baseline file (no \"version\")");
        }
        if (root.get("version").asInt() != FORMAT_VERSION) {
            throw new BaselineException(file + ": baseline format version " + root.get("version").asInt()
                    + " is not supported (this Lihaaz reads version " + FORMAT_VERSION + ")");
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new BaselineException(file + ": \"findings\" must be a list");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode n : findings) {
            String where = file + ": findings[" + i++ + "]";
            String rule = text(n, "rule", where);
            String path = text(n, "path", where);
            String fingerprint = text(n, "fingerprint", where);
            int count = n.path("count").asInt(1);
            if (count < 1) {
                throw new BaselineException(where + ": \"count\" must be 1 or more");
            }
            entries.add(new Baseline.Entry(rule, path, fingerprint, count, n.path("match").asText("")));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode n, String key, String where) throws BaselineException {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new BaselineException(where + ": \"" + key + "\" is missing");
        }
        return v.asText();
    }

    public void write(Baseline baseline) throws IOException {
        // One finding per line keeps diffs of the committed file readable.
        ObjectMapper json = new ObjectMapper();
        StringBuilder b = new StringBuilder("{\n  \"version\": " + FORMAT_VERSION + ",\n  \"findings\": [");
        boolean first = true;
        for (Baseline.Entry e : baseline.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", e.rule());
            entry.put("path", e.path());
            entry.put("fingerprint", e.fingerprint());
            entry.put("count", e.count());
            entry.put("match", e.match());
            b.append(first ? "\n    " : ",\n    ").append(json.writeValueAsString(entry));
            first = false;
        }
        b.append(first ? "]\n}\n" : "\n  ]\n}\n");
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // A new file gets the umask's mode; an existing one keeps its mode, owner and links, a link is written through.
        new AtomicWriter(Disk.real()).create(target, b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
