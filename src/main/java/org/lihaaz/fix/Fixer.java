package org.lihaaz.fix;

import org.lihaaz.finding.Edit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.internal.source.Decoded;
import org.lihaaz.internal.source.SourceDecoder;

/**
 * Applies edits to one file on disk: reads its bytes through the {@link Disk} seam, makes sure they
 * are still the text the findings were made from, patches only the edited spans, and writes the
 * result with {@link AtomicWriter}. Used by {@code lihaaz check --fix} (safe fixes) and
 * {@code lihaaz review} (the edits a person chose).
 */
public final class Fixer {
    private final Disk disk;
    private final AtomicWriter writer;

    public Fixer(Disk disk) {
        this.disk = disk;
        this.writer = new AtomicWriter(disk);
    }

    /** What became of one file. */
    public enum Status {
        /** The edits were written (or, in a dry run, would be). */
        FIXED,
        /** No edit to make. */
        NOTHING,
        /** The file is no longer the text the findings were made from. */
        CHANGED,
        /** The format cannot be rewritten safely (a Word document). */
        NOT_REWRITABLE,
        /** The file is not valid UTF-8, so its bytes could not all be kept. */
        NOT_UTF8,
        /** Reading or writing failed; the file is as it was. */
        FAILED
    }

    /**
     * @param status  what happened
     * @param edits   the edits made (or that would be made)
     * @param diff    the unified diff of the change, "" when none
     * @param message why the file was not changed, for the user; null when it was
     */
    public record Result(Status status, List<Edit> edits, String diff, String message) {
        public Result {
            edits = List.copyOf(edits);
        }
    }

    /**
     * Applies {@code edits} to {@code file}, a file the user named itself.
     */
    public Result apply(Path file, String displayName, String text, Format format, List<Edit> edits, boolean write) {
        return apply(file, null, displayName, text, format, edits, write);
    }

    /**
     * Applies {@code edits} to {@code file}.
     *
     * @param file        the file as the walker found it (never rebuilt from its display name)
     * @param tree        the real path of the folder the user named, which the write must not leave;
     *                    null for a file the user named itself
     * @param displayName how the diff names the file
     * @param text        the decoded text the edits (and the findings they come from) point into
     * @param format      the format the file was read as
     * @param write       false for a dry run: compute the diff, change nothing
     */
    public Result apply(Path file, Path tree, String displayName, String text, Format format, List<Edit> edits,
            boolean write) {
        if (edits.isEmpty()) {
            return new Result(Status.NOTHING, List.of(), "", null);
        }
        if (!format.rewritable()) {
            return new Result(Status.NOT_REWRITABLE, edits, "", "a " + format.id()
                    + " file is not rewritten: its text is split into formatted runs that replacing characters could break;"
                    + " apply the " + plural(edits.size(), "change") + " in its editor");
        }
        byte[] original;
        try {
            original = disk.read(file);
        } catch (NoSuchFileException e) {
            return new Result(Status.CHANGED, edits, "", "deleted since it was read; not rewritten");
        } catch (IOException e) {
            return new Result(Status.FAILED, edits, "", "cannot read: " + e.getMessage());
        }
        Decoded decoded = SourceDecoder.decode(original);
        if (!decoded.isText() || !decoded.warnings().isEmpty()) {
            return new Result(Status.NOT_UTF8, edits, "", "not valid UTF-8, so it cannot be rewritten byte for byte; not changed");
        }
        if (!decoded.text().text().equals(text)) {
            return new Result(Status.CHANGED, edits, "", "changed on disk since it was read; not rewritten");
        }
        List<Edit> sorted = FixPlanner.sorted(edits);
        String after = Patch.apply(text, sorted);
        String diff = UnifiedDiff.of(displayName, text, after);
        if (!write) {
            return new Result(Status.FIXED, sorted, diff, null);
        }
        byte[] patched = Patch.apply(original, text, sorted);
        // The patch and the text must agree; if they did not, writing would lose something.
        if (!new String(patched, StandardCharsets.UTF_8).endsWith(after)) {
            return new Result(Status.FAILED, sorted, diff, "internal error: the patched bytes do not match the text; not changed");
        }
        try {
            writer.replace(file, tree, original, patched);
        } catch (ChangedOnDiskException e) {
            return new Result(Status.CHANGED, sorted, diff, e.getMessage());
        } catch (IOException e) {
            return new Result(Status.FAILED, sorted, diff, "cannot write: " + e.getMessage() + "; the file is unchanged");
        }
        return new Result(Status.FIXED, sorted, diff, null);
    }

    /** The safe fixes of a file's findings, applied (or, in a dry run, shown). */
    public Result applySafe(Path file, String displayName, String text, Format format, List<Finding> findings,
            boolean write) {
        return apply(file, displayName, text, format, FixPlanner.planSafe(text, findings).edits(), write);
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
