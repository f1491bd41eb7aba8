package org.lihaaz.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
    @Option(names = "--no-color", description = "Never colour the output (colour is only used on a terminal; NO_COLOR is honoured).")
    boolean noColor;

    @Option(names = "--debug", description = "Show stack traces for internal errors.")
    boolean debug;
}
