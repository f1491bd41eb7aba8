package org.lihaaz.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "lihaaz",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lihaaz (لحاظ, 'regard for others') checks drafts, articles and scripts for biased or stigmatising "
                + "wording, and suggests a better word for each finding."},
        footer = {"", ExitCodes.HELP, "", "Run 'lihaaz check --help' to start."},
        subcommands = {CheckCommand.class, ReviewCommand.class, RulesCommand.class, InitCommand.class,
            LspCommand.class})
final class LihaazCommand implements Callable<Integer> {
    final Terminal terminal;

    @Spec
    CommandSpec spec;

    LihaazCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(terminal.outWriter());
        return ExitCodes.OK;
    }

    static Terminal terminalOf(CommandSpec spec) {
        CommandSpec root = spec.root();
        return ((LihaazCommand) root.userObject()).terminal;
    }

    static CommandLine.Help.Ansi ansi(boolean color) {
        return color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }
}
