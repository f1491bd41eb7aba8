package org.lihaaz.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.finding.Edit;
import org.lihaaz.fix.Fixer;
import org.lihaaz.fix.ReportFixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;

/**
 * What every {@code --fix} must keep, checked on one file held in a {@link MemoryDisk}: checking
 * the fixed file again finds nothing at the fixed spans; every byte outside the edited spans is
 * unchanged (byte-order mark, line endings and invalid bytes included); no temporary file is left;
 * and a second fix run changes nothing.
 */
public final class FixInvariants {
    private FixInvariants() {
    }

    /** Fixes {@code bytes} as the file {@code path} twice over and checks the invariants; returns the edits made. */
    public static List<Edit> check(Lihaaz engine, Path path, Format format, byte[] bytes) {
        MemoryDisk disk = new MemoryDisk();
        disk.put(path, bytes);
        FileReport first = onDisk(engine.check(Input.ofBytes(path.toString(), bytes, format)), path);
        Invariants.findings(first);
        ReportFixer.Outcome once = fix(engine, disk, first, format);
        if (disk.size() != 1) {
            throw new AssertionError("a temporary file was left behind");
        }
        if (once.files().isEmpty() || !once.files().get(0).changed()) {
            if (!Arrays.equals(bytes, disk.get(path))) {
                throw new AssertionError("the file changed though no fix was made");
            }
            return List.of();
        }
        Fixer.Result result = once.files().get(0).result();
        List<Edit> edits = result.edits();
        byte[] after = disk.get(path);
        bytesOutsideEditsUnchanged(first.source().text(), bytes, after, edits);

        FileReport second = onDisk(engine.check(Input.ofBytes(path.toString(), after, format)), path);
        Invariants.findings(second);
        String fixedText = second.source().text();
        int delta = 0;
        for (Edit e : edits) {
            int start = e.start() + delta;
            int end = start + e.replacement().length();
            delta += e.replacement().length() - (e.end() - e.start());
            for (Finding f : second.findings()) {
                if (f.sourceStart() < end && start < f.sourceEnd()) {
                    throw new AssertionError("after the fix, " + f.ruleId() + " finds '" + f.match() + "' at the fixed span '"
                            + fixedText.substring(start, end) + "'");
                }
            }
        }
        ReportFixer.Outcome twice = fix(engine, disk, second, format);
        if (twice.changedFiles() != 0 || !Arrays.equals(after, disk.get(path))) {
            throw new AssertionError("a second fix changed the file again: " + twice.files().get(0).result().diff());
        }
        return edits;
    }

    /** The report of bytes held in memory, as the report of the file {@code path} on the memory disk. */
    private static FileReport onDisk(FileReport r, Path path) {
        return new FileReport(r.path(), r.language(), r.findings(), r.problems(), r.source(), path, null);
    }

    private static ReportFixer.Outcome fix(Lihaaz engine, MemoryDisk disk, FileReport report, Format format) {
        ReportFixer.Recheck recheck = (p, f, t) -> engine.check(Input.ofText(p.path(), t, f)).findings();
        return new ReportFixer(disk, p -> format, recheck).fix(new Report(List.of(report), List.of(), List.of(), 0),
                Set.of(), true);
    }

    /**
     * Walks the old and new bytes side by side: each stretch between edits must be the same bytes
     * in both, and each edit's place in the new bytes must hold exactly its replacement.
     */
    private static void bytesOutsideEditsUnchanged(String text, byte[] before, byte[] after, List<Edit> edits) {
        int prefix = before.length - text.getBytes(StandardCharsets.UTF_8).length; // a byte-order mark
        if (prefix < 0 || prefix > 3) {
            throw new AssertionError("the text does not stand for the file's bytes");
        }
        int oldPos = 0;
        int newPos = 0;
        int charPos = 0;
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Edit e : sorted) {
            int keep = utf8Length(text, charPos, e.start()) + (charPos == 0 ? prefix : 0);
            expectSame(before, oldPos, after, newPos, keep);
            oldPos += keep;
            newPos += keep;
            byte[] replacement = e.replacement().getBytes(StandardCharsets.UTF_8);
            expectSame(replacement, 0, after, newPos, replacement.length);
            oldPos += utf8Length(text, e.start(), e.end());
            newPos += replacement.length;
            charPos = e.end();
        }
        int tail = before.length - oldPos;
        if (after.length - newPos != tail) {
            throw new AssertionError("the file has " + (after.length - newPos) + " bytes after the last edit, not " + tail);
        }
        expectSame(before, oldPos, after, newPos, tail);
    }

    private static int utf8Length(String text, int from, int to) {
        return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void expectSame(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
        if (aFrom + n > a.length || bFrom + n > b.length
                || !Arrays.equals(a, aFrom, aFrom + n, b, bFrom, bFrom + n)) {
            throw new AssertionError("bytes outside the edits changed (at old byte " + aFrom + ", new byte " + bFrom + ")");
        }
    }
}
