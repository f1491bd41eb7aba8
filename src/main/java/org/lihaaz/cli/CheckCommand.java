package org.lihaaz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lihaaz.baseline.Baseline;
import org.lihaaz.baseline.BaselineException;
import org.lihaaz.baseline.BaselineFile;
import org.lihaaz.fix.AtomicWriter;
import org.lihaaz.fix.Disk;
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
import org.lihaaz.report.RunInfo;
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
            "",
            "Folders are searched for Markdown, plain text, HTML, subtitles (srt, vtt), Word (docx) and Fountain "
                + "files, leaving out what .gitignore and .lihaazignore list. With no PATH, a pipe on standard input is "
                + "read (as '-'); otherwise the current folder is checked.",
            "",
            "Settings come from the configuration file (.lihaaz.yml) nearest each file; options here override "
                + "them."},
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

    @Parameters(paramLabel = "PATH", description = "Files or folders to check; '-' reads standard input. Default: standard input when it is a pipe or a file, else the current folder.")
    List<Path> pathArgs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: human).")
    String format = "human";

    @Option(names = "--fail-on", paramLabel = "LEVEL", completionCandidates = FailOnNames.class,
            description = "Lowest level that makes the exit code 1: ${COMPLETION-CANDIDATES} (default: warning, or the configuration's fail-on).")
    String failOnName;

    private FailOnLevel failOn;

    @Option(names = "--messages", paramLabel = "MESSAGES", completionCandidates = MessageNames.class, description = "Language of findings' messages and suggestions: native (the language of the text: Urdu findings in Urdu) or en (English for all). Default: native, or the configuration's messages.")
    String messages;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file for every input instead of the nearest one.")
    Path config;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name to report standard input as; its extension chooses the format. Implies '-' when no PATH is given.")
    String stdinFilename;

    @Option(names = {"-q", "--quiet"}, description = "Print findings and errors only: no summary, warnings or notices.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once, 1 or more (default: one per core).")
    Integer threads;

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
        String formatName = Choice.of(terminal, "--format", format, List.copyOf(Reporters.names()));
        if (formatName == null) {
            return ExitCodes.ERROR;
        }
        format = formatName;
        if (failOnName != null) {
            String v = Choice.of(terminal, "--fail-on", failOnName, FAIL_ON);
            if (v == null) {
                return ExitCodes.ERROR;
            }
            failOn = FailOnLevel.valueOf(v);
        }
        if (threads != null && threads < 1) {
            terminal.error("--threads must be 1 or more, not " + threads + " (leave it out for one per core)");
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
            String v = Choice.of(terminal, "--messages", messages, MESSAGES);
            if (v == null) {
                return ExitCodes.ERROR;
            }
            messageChoice = MessageChoice.parse(v).orElseThrow();
        }
        Path here = Path.of("").toAbsolutePath();
        java.time.Instant started = java.time.Instant.now();
        // Typed as paths so that shell completion offers files; '-' and folders pass through as written.
        List<String> paths = pathArgs.stream().map(Path::toString).toList();
        if (stdinFilename != null && !paths.isEmpty() && !paths.contains("-")) {
            terminal.error("--stdin-filename names standard input, but no '-' is among the paths; add '-' to check it");
            return ExitCodes.ERROR;
        }
        // With no path: a pipe (or --stdin-filename) means the text comes on standard input, else the current folder.
        List<String> inputs = !paths.isEmpty() ? paths
                : stdinFilename != null || terminal.inIsPiped() ? List.of("-") : List.of(".");
        ChangedLines changed = null;
        ProjectConfig runConfig;
        Baseline accepted = null;
        Path baselinePath;
        Level threshold;
        try {
            runConfig = runConfig();
            threshold = threshold(runConfig);
            baselinePath = baseline != null ? baseline : shown(here, runConfig.baseline());
            if (baseline == null && baselinePath != null && writeBaseline != null && !Files.exists(baselinePath)) {
                // The configuration names the baseline this very run is about to write for the first time.
                baselinePath = null;
            }
            if (changedSince != null) {
                changed = GitChanges.since(changedSince, gitFolders(here, inputs));
            }
            if (baselinePath != null) {
                accepted = new BaselineFile(baselinePath, here).read();
            }
        } catch (GitException | BaselineException | YamlException e) {
            terminal.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        BatchOptions options = new BatchOptions(language, ruleFolders.folders, ruleChoice.enable, ruleChoice.disable, config, threads == null ? 0 : threads,
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
            Report left = accepted.newFindings(report, new BaselineFile(baselinePath, here).pathKey());
            int known = report.findingCount() - left.findingCount();
            List<String> notices = new ArrayList<>(left.notices());
            notices.add(known + (known == 1 ? " known finding" : " known findings") + " left out (listed in the baseline "
                    + baselinePath + ")");
            report = new Report(left.files(), left.errors(), notices, left.elapsedNanos());
        }
        if (changed != null) {
            ChangedLines lines = changed;
            report = report.keepFindings((file, x) -> lines.touches(GitChanges.canonical(here.resolve(file.path())),
                    x.start().line(), x.end().line()));
        }
        printProblems(terminal, report);
        boolean fixFailed = false;
        if (fix || diff) {
            Set<String> stdin = inputs.contains("-") ? Set.of(stdinFilename == null ? "<stdin>" : stdinFilename) : Set.of();
            FixSupport.Step step = new FixSupport(config, terminal, quiet).run(options, report, fix, diff, stdin,
                    this::threshold);
            if (step.exitCode() != null) {
                return step.exitCode();
            }
            report = step.report();
            fixFailed = step.failed();
        }
        try {
            writeReport(terminal, report, threshold, runInfo(started, inputs, language, minSureness, here, runConfig));
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

    /** What this run was asked to do, for reports people share (HTML). */
    private RunInfo runInfo(java.time.Instant started, List<String> inputs, LanguageChoice language,
            Rule.Sureness sureness, Path here, ProjectConfig settled) {
        Path file = config != null ? config : settled.file();
        LanguageChoice lang = language != null ? language : settled.language();
        Rule.Sureness least = sureness != null ? sureness : settled.sureness() != null ? settled.sureness() : org.lihaaz.suppress.Policy.DEFAULT_SURENESS;
        return new RunInfo(started, inputs, file == null ? null : shown(here, file.toAbsolutePath()).toString(),
                lang == null ? "auto" : lang.toString(), least.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void writeReport(Terminal terminal, Report report, Level threshold, RunInfo run) throws IOException {
        boolean toFile = output != null;
        Reporter reporter = Reporters.create(format, new Reporters.Options(!toFile && terminal.colorWanted(common.noColor),
                !quiet, VersionProvider.version(), threshold, toFile ? 0 : terminal.outWidth(), run)).orElseThrow();
        if (!toFile) {
            reporter.write(report, terminal.outWriter());
            return;
        }
        Path target = output.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            // Otherwise the error would name the temporary file the report is first written to.
            throw new IOException("the folder " + target.getParent() + " does not exist");
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try (PrintWriter w = new PrintWriter(text)) {
            reporter.write(report, w);
        }
        // A new file gets the umask's mode; an existing one keeps its mode, owner and links, a link is written through.
        new AtomicWriter(Disk.real()).create(output, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** --fail-on, else the configuration nearest the working folder, else warning. */
    private Level threshold() {
        return threshold(runConfig());
    }

    /**
     * The configuration that settles what belongs to the whole run (fail-on, baseline): --config,
     * else the one nearest the working folder.
     */
    private ProjectConfig runConfig() {
        return config != null ? new ConfigLoader().load(config)
                : new ConfigFinder().forFile(Path.of("").toAbsolutePath().resolve("x"));
    }

    /**
     * The folders git is asked about for --changed-since: those of the inputs (standard input counts
     * as the working folder), each the nearest existing folder, so a missing input is still reported
     * as missing rather than as outside a repository.
     */
    /** A path from the configuration as a person would type it: relative when under the working folder. */
    private static Path shown(Path here, Path p) {
        return p != null && p.startsWith(here) ? here.relativize(p) : p;
    }

    private static Set<Path> gitFolders(Path here, List<String> inputs) {
        Set<Path> folders = new java.util.LinkedHashSet<>();
        for (String input : inputs) {
            Path p = input.equals("-") ? here : here.resolve(input).normalize();
            while (p != null && !Files.isDirectory(p)) {
                p = p.getParent();
            }
            folders.add(p == null ? here : p);
        }
        return folders;
    }

    private Level threshold(ProjectConfig cfg) {
        if (failOn != null) {
            return failOn == FailOnLevel.never ? null : Level.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        }
        if (cfg.failOn() != null) {
            return cfg.failOn().level();
        }
        return Level.WARNING;
    }

    static final List<String> FAIL_ON = List.of("suggestion", "warning", "error", "never");
    static final List<String> MESSAGES = List.of("native", "en");

    /** The --fail-on choices, for help and completion. */
    static final class FailOnNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FAIL_ON.iterator();
        }
    }

    /** The --messages choices, for completion. */
    static final class MessageNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return MESSAGES.iterator();
        }
    }

    /** The --format choices, for help and completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.names().iterator();
        }
    }
}
