package org.lihaaz.fix;

import org.lihaaz.finding.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;

/**
 * The safe fixes of a whole run: each file with findings is fixed (or, in a dry run, diffed) on its
 * own, so one file that cannot be rewritten never stops the others.
 */
public final class ReportFixer {
    private final Fixer fixer;
    private final Function<FileReport, Format> formatOf;
    private final Recheck recheck;

    /** Checks a file's fixed text as the file is checked, so fixes whose replacement is flagged are dropped. */
    @FunctionalInterface
    public interface Recheck {
        List<Finding> findings(FileReport file, Format format, String text);
    }

    /**
     * @param formatOf the format each reported file was read as
     * @param recheck  checks fixed texts; null to apply every safe fix without checking its result
     */
    public ReportFixer(Disk disk, Function<FileReport, Format> formatOf, Recheck recheck) {
        this.fixer = new Fixer(disk);
        this.formatOf = formatOf;
        this.recheck = recheck;
    }

    /**
     * One file's outcome.
     *
     * @param path   the file as reported
     * @param file   the file on disk
     * @param result what the fixer did
     * @param fixed  findings fixed (or that a dry run would fix)
     * @param left   findings left for a person
     */
    public record FileOutcome(String path, java.nio.file.Path file, Fixer.Result result, List<Finding> fixed, List<Finding> left) {
        public FileOutcome {
            fixed = List.copyOf(fixed);
            left = List.copyOf(left);
        }

        public boolean changed() {
            return result.status() == Fixer.Status.FIXED;
        }
    }

    /** Every file's outcome, in report order. */
    public record Outcome(List<FileOutcome> files) {
        public Outcome {
            files = List.copyOf(files);
        }

        public int fixedFindings() {
            return files.stream().filter(FileOutcome::changed).mapToInt(f -> f.fixed().size()).sum();
        }

        public int changedFiles() {
            return (int) files.stream().filter(FileOutcome::changed).count();
        }
    }

    /**
     * @param notFiles reported paths that are not files on disk (standard input); a report that does not
     *                 carry the file it was read from is never rewritten either (a display name need
     *                 not lead back to the file)
     * @param write    false for a dry run
     */
    public Outcome fix(Report report, Set<String> notFiles, boolean write) {
        List<FileOutcome> out = new ArrayList<>();
        for (FileReport file : report.files()) {
            if (file.findings().isEmpty() || file.source() == null || file.file() == null || notFiles.contains(file.path())) {
                continue;
            }
            String text = file.source().text();
            Format format = formatOf.apply(file);
            FixPlan plan = FixPlanner.planSafe(text, file.findings());
            if (plan.isEmpty()) {
                continue;
            }
            if (recheck != null && format.rewritable()) {
                plan = FixPlanner.planSafe(text, file.findings(), t -> recheck.findings(file, format, t));
                if (plan.isEmpty()) {
                    continue;
                }
                plan = untilSettled(file, format, text, plan);
            }
            Fixer.Result r = fixer.apply(file.file(), file.tree(), file.path(), text, format, plan.edits(), write);
            boolean changed = r.status() == Fixer.Status.FIXED;
            List<Finding> left = new ArrayList<>(plan.left());
            if (!changed) {
                left = new ArrayList<>(file.findings());
            }
            out.add(new FileOutcome(file.path(), file.file(), r, changed ? plan.fixed() : List.of(), left));
        }
        return new Outcome(out);
    }

    /** Rounds of planning the fixed text again; each adds only fixes the fixed text newly calls for. */
    private static final int MAX_ROUNDS = 4;

    /**
     * A fix can change the context a neighbouring match is judged in (a rule's {@code unless} on
     * the word before or after it, the name heuristic), so the fixed text may call for a safe fix
     * the original did not, and a second {@code --fix} would change the file again. The fixed text
     * is planned again until it calls for nothing more; the new edits are moved back into the
     * original text's positions (those that would overlap an earlier replacement are left alone).
     */
    private FixPlan untilSettled(FileReport path, Format format, String text, FixPlan first) {
        List<Edit> edits = new ArrayList<>(first.edits());
        List<Finding> fixed = new ArrayList<>(first.fixed());
        List<Finding> left = first.left();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String current = Patch.apply(text, edits);
            FixPlan more = FixPlanner.planSafe(current, recheck.findings(path, format, current),
                    t -> recheck.findings(path, format, t));
            left = more.left();
            List<Edit> mapped = toOriginal(edits, more.edits());
            if (mapped.isEmpty()) {
                break;
            }
            edits.addAll(mapped);
            edits = FixPlanner.sorted(edits);
            fixed.addAll(more.fixed());
        }
        return new FixPlan(edits, fixed, left);
    }

    /**
     * Edits made on the text after {@code done} (sorted, in original positions) moved back to
     * original positions; an edit touching a replacement made by {@code done} is dropped.
     */
    static List<Edit> toOriginal(List<Edit> done, List<Edit> later) {
        List<Edit> out = new ArrayList<>();
        for (Edit n : later) {
            int delta = 0;
            boolean clash = false;
            for (Edit e : done) {
                int cs = e.start() + delta;
                int ce = cs + e.replacement().length();
                if (cs < n.end() && n.start() < ce || cs == ce && n.start() <= cs && cs <= n.end()) {
                    clash = true;
                    break;
                }
                if (ce > n.start()) {
                    break;
                }
                delta += e.replacement().length() - (e.end() - e.start());
            }
            if (!clash) {
                out.add(new Edit(n.start() - delta, n.end() - delta, n.replacement()));
            }
        }
        return out;
    }
}
