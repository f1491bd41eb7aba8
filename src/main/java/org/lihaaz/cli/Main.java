package org.lihaaz.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code lihaaz} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, new Terminal(System.in, out, err, Terminal.processStderrIsTerminal(),
                    Terminal.processStdinIsPiped(), Terminal.processStdoutWidth()));
        } catch (NoClassDefFoundError e) {
            // The jar copied without the lib/ folder its manifest points at: say so in one line.
            err.println("lihaaz: " + MissingLibraries.message(e));
            code = ExitCodes.ERROR;
        }
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        return run(args, new Terminal(in, out, err));
    }

    private static int run(String[] args, Terminal terminal) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Building picocli's model of every subcommand takes a fifth of a second; the version needs none of it.
            terminal.outWriter().println(new VersionProvider().getVersion()[0]);
            terminal.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = terminal.errWriter();
        CommandLine cl = new CommandLine(new LihaazCommand(terminal));
        cl.addSubcommand("completion", new CompletionCommand());
        cl.setOut(terminal.outWriter());
        cl.setErr(terminal.errWriter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
            terminal.error("internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
                err.flush();
            } else {
                terminal.error("run again with --debug to see where");
            }
            return ExitCodes.ERROR;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            terminal.error(unknownCommand(ex).orElse(ex.getMessage()));
            terminal.errWriter().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            terminal.errWriter().flush();
            return ExitCodes.ERROR;
        });
        int code = cl.execute(args);
        terminal.flush();
        return code;
    }

    /**
     * For a word where a command with subcommands expects one ({@code lihaaz chek}), "unknown
     * command" with the nearest name, instead of picocli's "Unmatched argument at index 0".
     */
    private static java.util.Optional<String> unknownCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return java.util.Optional.empty();
        }
        CommandLine command = ex.getCommandLine();
        String word = u.getUnmatched().get(0);
        // Only a command with subcommands takes a word here, and that word must be one of them.
        if (command.getSubcommands().isEmpty() || word.startsWith("-")) {
            return java.util.Optional.empty();
        }
        java.util.List<String> names = java.util.List.copyOf(command.getSubcommands().keySet());
        return java.util.Optional.of("unknown command '" + word + "'" + org.lihaaz.names.DidYouMean.hint(word, names));
    }
}
