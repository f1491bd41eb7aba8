package org.lihaaz.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lihaaz.batch.BatchCheck;
import org.lihaaz.batch.BatchOptions;
import org.lihaaz.engine.SetupException;
import org.lihaaz.config.ConfigFinder;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.fix.Disk;
import org.lihaaz.format.Format;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.report.FileReport;
import org.lihaaz.report.Problem;
import org.lihaaz.report.TerminalSafe;
import org.lihaaz.review.ReviewFile;
import org.lihaaz.review.ReviewSession;
import org.lihaaz.rule.Rule;
import org.lihaaz.yaml.YamlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review",
        mixinStandardHelpOptions = true,
        description = {"Review the findings in files one by one and rewrite them as you choose.",
            "",
            "Each finding is shown in context with numbered suggestions.",
            "Answer with a key and Enter:",
            "  1, 2, ... use that suggestion   s skip   e type a replacement",
            "  i ignore the rule in this file  a add the term to allow: in .lihaaz.yml",
            "  u undo the previous answer      q save and stop   ? help",
            "",
            "A file's changes are written (atomically) when its last finding is answered, on q, and on Ctrl-C."},
        footer = {"", "Exit codes: 0 done, 2 a file could not be read or written, 130 interrupted."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleChoiceOptions ruleChoice = new RuleChoiceOptions();

    @Mixin
    RuleFolderOptions ruleFolders;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to review (folders are searched as check searches them).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--messages", paramLabel = "MESSAGES", completionCandidates = CheckCommand.MessageNames.class,
            description = "Language of findings' messages and suggestions: native (the language of the text) or en (English for all). Default: native, or the configuration's messages.")
    String messages;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of the nearest one; its allow: list is the one 'a' adds to.")
    Path config;

    @Override
    public Integer call() {
        Terminal terminal = LihaazCommand.terminalOf(spec);
        RuleChoiceOptions.Chosen chosen = ruleChoice.parse(terminal);
        if (chosen == null) {
            return ExitCodes.ERROR;
        }
        LanguageChoice language = chosen.language();
        Rule.Sureness minSureness = chosen.minSureness();
        org.lihaaz.rule.MessageChoice messageChoice = null;
        if (messages != null) {
            String v = Choice.of(terminal, "--messages", messages, CheckCommand.MESSAGES);
            if (v == null) {
                return ExitCodes.ERROR;
            }
            messageChoice = org.lihaaz.rule.MessageChoice.parse(v).orElseThrow();
        }
        BatchCheck batch = new BatchCheck(new BatchOptions(language, ruleFolders.folders, ruleChoice.enable, ruleChoice.disable, config, 1,
                null, minSureness, messageChoice), true);
        ConfigFinder finder = new ConfigFinder();
        List<ReviewFile> toReview = new ArrayList<>();
        boolean failed = false;
        try {
            ProjectConfig fixed = config == null ? null : new ConfigLoader().load(config);
            List<Path> named = new ArrayList<>();
            for (Path p : files) {
                if (Files.isDirectory(p)) {
                    BatchCheck.Files found = batch.files(List.of(p.toString()));
                    for (FileReport f : found.failures()) {
                        f.problems().forEach(pr -> terminal.error(f.path() + ": " + pr.message()));
                        failed = true;
                    }
                    // In the order check reports them.
                    named.addAll(found.found().stream().sorted(java.util.Comparator.comparing(Path::toString)).toList());
                } else {
                    named.add(p);
                }
            }
            for (Path file : named) {
                String name = file.normalize().toString();
                if (!Files.isRegularFile(file)) {
                    terminal.error(TerminalSafe.path(name) + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
                    failed = true;
                    continue;
                }
                ProjectConfig cfg = fixed != null ? fixed : finder.forFile(file);
                Lihaaz engine = batch.engine(cfg);
                Format format = cfg.formatOf(file.getFileName().toString()).orElse(Format.TEXT);
                FileReport report = engine.check(Input.ofFile(file, name, format));
                for (Problem p : report.problems()) {
                    terminal.error(TerminalSafe.path(name) + ": " + (p.severity() == Problem.Severity.ERROR ? "" : p.severity().id() + ": ")
                            + p.message());
                }
                if (report.hasError()) {
                    failed = true;
                    continue;
                }
                toReview.add(new ReviewFile(file, report, format, cfg.file()));
            }
        } catch (SetupException e) {
            e.messages().forEach(terminal::error);
            return ExitCodes.ERROR;
        } catch (YamlException e) {
            terminal.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        int findings = toReview.stream().mapToInt(f -> f.report().findings().size()).sum();
        if (findings == 0) {
            terminal.outWriter().println("No findings to review in " + plural(toReview.size(), "file") + ".");
            terminal.outWriter().flush();
            return failed ? ExitCodes.ERROR : ExitCodes.OK;
        }
        ReviewSession session = new ReviewSession(
                new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)),
                terminal.outWriter(), Disk.real(), terminal.colorWanted(common.noColor));
        // Ctrl-C ends the JVM; what the person already confirmed is written on the way out.
        Thread onInterrupt = new Thread(() -> {
            session.saveConfirmed();
            terminal.outWriter().println();
            terminal.outWriter().println("stopped, " + plural(session.filesWritten(), "file") + " written");
            terminal.outWriter().flush();
        }, "lihaaz-review-save");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ReviewSession.Summary summary;
        try {
            summary = session.review(toReview);
        } catch (IOException e) {
            session.saveConfirmed();
            terminal.error("cannot read the answers: " + e.getMessage());
            return ExitCodes.ERROR;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Already shutting down: the hook is running and saves.
            }
        }
        terminal.outWriter().println();
        terminal.outWriter().println((summary.quit() ? "Stopped. " : "Done. ") + plural(summary.changes(), "change")
                + " saved in " + plural(summary.files(), "file") + ".");
        terminal.outWriter().flush();
        return failed || summary.failed() ? ExitCodes.ERROR : ExitCodes.OK;
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }
}
