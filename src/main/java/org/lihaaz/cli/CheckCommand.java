package org.lihaaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lihaaz.baseline.Baseline;
import org.lihaaz.baseline.BaselineException;
import org.lihaaz.baseline.BaselineFile;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.batch.BatchProgress;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.git.ChangedLines;
import org.lihaaz.git.GitChanges;
import org.lihaaz.git.GitException;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;
import org.lihaaz.report.Report;
import org.lihaaz.report.Reporter;
import org.lihaaz.report.Reporters;
import org.lihaaz.report.SummaryTable;
import org.lihaaz.report.TerminalSafe;
import org.lihaaz.rule.Level;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;
import org.lihaaz.yaml.YamlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Check files and folders for biased or stigmatising wording.",
            "Folders are searched for Markdown, plain text, HTML, subtitle (.srt, .vtt), Word (.docx) and Fountain files;",
            ".gitignore and .lihaazignore are honoured.",
            "Settings come from the nearest .lihaaz.yml above each file; options here override them."},
        footer = {"", ExitCodes.HELP})
final class CheckCommand implements Callable<Integer> {
    enum FailOnLevel { suggestion, warning, error, never }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleChoiceOptions ruleChoice = new RuleChoiceOptions();

    @Mixin
    RuleFolderOptions ruleFolders;

    @Parameters(paramLabel = "PATH", description = "Files or folders to check; '-' reads standard input. Default: the current folder.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: human).")
    String format = "human";

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest level that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: warning, or the configuration's fail-on).")
    FailOnLevel failOn;

    @Option(names = "--messages", paramLabel = "LANG", description = "Language of findings' messages and suggestions: native (the language of the text: Urdu findings in Urdu) or en (English for all). Default: native, or the configuration's messages.")
    String messages;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration for every input instead of the nearest .lihaaz.yml.")
    Path config;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name to report standard input as; its extension chooses the format.")
    String stdinFilename;

    @Option(names = {"-q", "--quiet"}, description = "Print findings and errors only: no summary, warnings or notices.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once (default: one per core).")
    int threads;

    @Option(names = "--changed-since", paramLabel = "REV", description = "Report only findings on lines added or changed since the git revision REV (commits, staged and unstaged edits; untracked files count as wholly new).")
    String changedSince;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that the baseline FILE does not already list.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record every finding of this run in FILE (to adopt Lihaaz without fixing old text first); the exit code is then 0 unless an input could not be read.")
    Path writeBaseline;

    @Option(names = "--summary", description = "Also print tables of findings per category and per file, and the top rules (on standard error when standard output carries a machine format).")
    boolean summaryTables;

    @Option(names = "--fix", description = "Apply the safe fixes (rules marked 'fix: safe') in place, then report what is left.")
    boolean fix;

    @Option(names = {"--diff", "--fix-dry-run"}, description = "Print the safe fixes as a unified diff instead of applying them; change nothing.")
    boolean diff;

    @Override
    public Integer call() {
        Terminal terminal = LihaazCommand.terminalOf(spec);
        if (!Reporters.names().contains(format)) {
            terminal.error("--format must be one of " + String.join(", ", Reporters.names()) + ", not '" + format + "'");
            return ExitCodes.ERROR;
        }
        RuleChoiceOptions.Chosen chosen = ruleChoice.parse(terminal);
        if (chosen == null) {
            return ExitCodes.ERROR;
        }
        LanguageChoice language = chosen.language();
        Rule.Sureness minSureness = chosen.minSureness();
        MessageChoice messageChoice = null;
        if (messages != null) {
            messageChoice = MessageChoice.parse(messages).orElse(null);
            if (messageChoice == null) {
                terminal.error("--messages must be native or en, not '" + messages + "'");
                return ExitCodes.ERROR;
            }
        }
        Path here = Path.of("").toAbsolutePath();
        ChangedLines changed = null;
        Baseline accepted = null;
        try {
            if (changedSince != null) {
                changed = new GitChanges(here).since(changedSince);
            }
            if (baseline != null) {
                accepted = new BaselineFile(baseline, here).read();
            }
        } catch (GitException | BaselineException e) {
            terminal.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        Level threshold;
        try {
            threshold = threshold();
        } catch (YamlException e) {
            terminal.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        List<String> inputs = paths.isEmpty() ? List.of(".") : paths;
        BatchOptions options = new BatchOptions(language, ruleFolders.folders, ruleChoice.enable, ruleChoice.disable, config, threads,
                stdinFilename, minSureness, messageChoice);
        boolean showProgress = terminal.errIsTerminal() && Reporters.isForPeople(format) && !quiet;
        Report all = new BatchCheck(options, fix || diff).run(inputs, terminal.in(),
                showProgress ? new ProgressLine(terminal.errWriter()) : BatchProgress.NONE);

        for (String e : all.errors()) {
            terminal.error(e);
        }
        if (!all.errors().isEmpty()) {
            return ExitCodes.ERROR;
        }
        Report report = all;
        if (accepted != null) {
            report = accepted.newFindings(report, new BaselineFile(baseline, here).pathKey());
        }
        if (changed != null) {
            ChangedLines lines = changed;
            report = report.keepFindings((file, x) -> lines.touches(GitChanges.canonical(here.resolve(file.path())),
                    x.start().line(), x.end().line()));
        }
        printProblems(terminal, report);
        boolean fixFailed = false;
        if (fix || diff) {
            Set<String> stdin = paths.contains("-") ? Set.of(stdinFilename == null ? "<stdin>" : stdinFilename) : Set.of();
            FixSupport.Step step = new FixSupport(config, terminal, quiet).run(options, report, fix, diff, stdin,
                    this::threshold);
            if (step.exitCode() != null) {
                return step.exitCode();
            }
            report = step.report();
            fixFailed = step.failed();
        }
        try {
            writeReport(terminal, report, threshold);
            if (summaryTables) {
                boolean stdoutIsFree = output != null || "human".equals(format);
                PrintWriter target = stdoutIsFree ? terminal.outWriter() : terminal.errWriter();
                terminal.outWriter().flush();
                target.println();
                new SummaryTable().write(report, target);
            }
        } catch (IOException e) {
            terminal.error("cannot write the report: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (writeBaseline != null) {
            BaselineFile file = new BaselineFile(writeBaseline, here);
            Baseline today = Baseline.of(all, file.pathKey());
            try {
                file.write(today);
            } catch (IOException e) {
                terminal.error(writeBaseline + ": cannot write the baseline: " + e.getMessage());
                return ExitCodes.ERROR;
            }
            if (!quiet) {
                terminal.error("notice: wrote " + today.findingCount() + " finding(s) to the baseline " + writeBaseline);
            }
        }
        if (report.hasErrors() || fixFailed) {
            return ExitCodes.ERROR;
        }
        if (writeBaseline != null) {
            return ExitCodes.OK;
        }
        return threshold != null && report.hasFindingsAtLeast(threshold) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void printProblems(Terminal terminal, Report report) {
        for (FileReport f : report.files()) {
            for (Problem p : f.problems()) {
                if (p.severity() == Problem.Severity.ERROR || !quiet) {
                    terminal.error(TerminalSafe.path(f.path()) + ": " + (p.severity() == Problem.Severity.ERROR ? "" : p.severity().id() + ": ")
                            + p.message());
                }
            }
        }
        if (!quiet) {
            for (String n : report.notices()) {
                terminal.error("notice: " + n);
            }
        }
    }

    private void writeReport(Terminal terminal, Report report, Level threshold) throws IOException {
        boolean toFile = output != null;
        Reporter reporter = Reporters.create(format, new Reporters.Options(!toFile && terminal.colorWanted(common.noColor),
                !quiet, VersionProvider.version(), threshold)).orElseThrow();
        if (!toFile) {
            reporter.write(report, terminal.outWriter());
            return;
        }
        Path target = output.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                reporter.write(report, new PrintWriter(w));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** --fail-on, else the configuration nearest the working folder, else warning. */
    private Level threshold() {
        if (failOn != null) {
            return failOn == FailOnLevel.never ? null : Level.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        }
        ProjectConfig cfg = config != null ? new ConfigLoader().load(config)
                : new ConfigFinder().forFile(Path.of("").toAbsolutePath().resolve("x"));
        if (cfg.failOn() != null) {
            return cfg.failOn().level();
        }
        return Level.WARNING;
    }

    /** The --format choices, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.names().iterator();
        }
    }
}
