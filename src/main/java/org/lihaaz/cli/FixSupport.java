package org.lihaaz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Input;
import org.lihaaz.finding.Finding;
import org.lihaaz.fix.Disk;
import org.lihaaz.fix.Fixer;
import org.lihaaz.fix.ReportFixer;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Report;
import org.lihaaz.report.TerminalSafe;
import org.lihaaz.rule.Level;
import org.lihaaz.yaml.YamlException;

/** {@code check --fix} and {@code check --diff}: runs the fixer over a report and prints what it did. */
final class FixSupport {
    private final Path fixedConfig;
    private final Terminal terminal;
    private final boolean quiet;
    private final ConfigFinder finder = new ConfigFinder();

    FixSupport(Path fixedConfig, Terminal terminal, boolean quiet) {
        this.fixedConfig = fixedConfig;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /**
     * What the fix step left for the command.
     *
     * @param report   the report to print (after --fix, changed files checked again)
     * @param exitCode the exit code when the command ends here (--diff, or bad options), else null
     * @param failed   some file could not be fixed (changed meanwhile, unwritable): the run exits with 2
     */
    record Step(Report report, Integer exitCode, boolean failed) {
    }

    /**
     * @param notFiles  reported names that are not files (standard input)
     * @param threshold the --fail-on level (null for never); may throw a configuration error
     */
    Step run(BatchOptions options, Report report, boolean fix, boolean diff, Set<String> notFiles,
            Supplier<Level> threshold) {
        if (fix && diff) {
            terminal.error("--fix and --diff cannot be used together: --diff only shows what --fix would do");
            return new Step(report, ExitCodes.ERROR, true);
        }
        if (!notFiles.isEmpty() && !quiet) {
            terminal.error("notice: standard input is checked but not " + (fix ? "fixed" : "diffed") + "; name the file instead");
        }
        // Fixed texts are checked with the same rules and settings, so a fix whose replacement is flagged is not made.
        BatchCheck checker = new BatchCheck(options);
        ReportFixer.Recheck recheck = (file, format, text) -> checker.engine(configOf(file.file()))
                .check(Input.ofText(file.path(), text, format)).findings();
        ReportFixer.Outcome outcome = new ReportFixer(Disk.real(), this::formatOf, recheck).fix(report, notFiles, fix);
        boolean failed = false;
        for (ReportFixer.FileOutcome f : outcome.files()) {
            if (f.result().message() != null) {
                // A Word document left alone is expected; a file that changed meanwhile or cannot be written is not.
                boolean error = f.result().status() != Fixer.Status.NOT_REWRITABLE;
                failed |= error;
                terminal.error(TerminalSafe.path(f.path()) + ": " + (error ? "" : "warning: ") + f.result().message());
            }
        }
        if (diff) {
            StringBuilder patch = new StringBuilder();
            outcome.files().forEach(f -> patch.append(f.result().diff()));
            terminal.outWriter().print(patch);
            terminal.outWriter().flush();
            if (!quiet) {
                terminal.error("would fix " + plural(outcome.fixedFindings(), "finding") + " in "
                        + plural(outcome.changedFiles(), "file") + "; nothing was changed");
            }
            if (failed || report.hasErrors()) {
                return new Step(report, ExitCodes.ERROR, failed);
            }
            return new Step(report, remainingAtThreshold(report, outcome, threshold), false);
        }
        if (!quiet) {
            terminal.error("fixed " + plural(outcome.fixedFindings(), "finding") + " in " + plural(outcome.changedFiles(), "file"));
        }
        return new Step(recheck(options, report, outcome), null, failed);
    }

    /** --diff's exit code: whether what would be left after fixing is at or above --fail-on. */
    private int remainingAtThreshold(Report report, ReportFixer.Outcome outcome, Supplier<Level> threshold) {
        Level level;
        try {
            level = threshold.get();
        } catch (YamlException e) {
            terminal.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        if (level == null) {
            return ExitCodes.OK;
        }
        Map<String, List<Finding>> left = new HashMap<>();
        outcome.files().forEach(f -> left.put(f.path(), f.left()));
        for (FileReport f : report.files()) {
            for (Finding x : left.getOrDefault(f.path(), f.findings())) {
                if (x.level().atLeast(level)) {
                    return ExitCodes.FINDINGS;
                }
            }
        }
        return ExitCodes.OK;
    }

    /** The format a reported file was read as (its configuration's extensions first). */
    Format formatOf(FileReport file) {
        return configOf(file.file()).formatOf(file.file().getFileName().toString()).orElse(Format.TEXT);
    }

    private ProjectConfig configOf(Path file) {
        return fixedConfig != null ? new ConfigLoader().load(fixedConfig) : finder.forFile(file);
    }

    /** The report with every changed file checked again, so positions and findings are those of the new text. */
    private static Report recheck(BatchOptions options, Report before, ReportFixer.Outcome outcome) {
        Set<Path> changedFiles = new java.util.HashSet<>();
        outcome.files().stream().filter(ReportFixer.FileOutcome::changed).forEach(f -> changedFiles.add(f.file()));
        if (changedFiles.isEmpty()) {
            return before;
        }
        // Checked again at the paths the files were found at: a display name need not lead back to the file.
        List<FileReport> changed = before.files().stream().filter(f -> changedFiles.contains(f.file())).toList();
        Report again = new BatchCheck(options).recheck(changed);
        Map<Path, FileReport> fresh = new HashMap<>();
        again.files().forEach(f -> fresh.put(f.file(), f));
        List<FileReport> files = new ArrayList<>();
        for (FileReport f : before.files()) {
            files.add(f.file() == null ? f : fresh.getOrDefault(f.file(), f));
        }
        return new Report(files, before.errors(), before.notices(), before.elapsedNanos() + again.elapsedNanos());
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
