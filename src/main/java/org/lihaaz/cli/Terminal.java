package org.lihaaz.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.lihaaz.report.TerminalSafe;

/** The command's output streams, and whether colour is wanted on them. */
final class Terminal {
    private final java.io.InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean errIsTerminal;
    private final boolean inIsPiped;
    private final int outWidth;

    Terminal(java.io.InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false, false, 0);
    }

    Terminal(java.io.InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal, boolean inIsPiped) {
        this(in, out, err, errIsTerminal, inIsPiped, 0);
    }

    /**
     * @param errIsTerminal whether {@code err} is the process's own standard error on a terminal
     * @param inIsPiped     whether {@code in} is a pipe or a file given to the process (not a terminal,
     *                      not /dev/null), so that text on it is meant to be checked
     */
    /** @param outWidth the width of the terminal standard output is on, in cells; 0 when it is not on one */
    Terminal(java.io.InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal, boolean inIsPiped,
            int outWidth) {
        this.errIsTerminal = errIsTerminal;
        this.inIsPiped = inIsPiped;
        this.outWidth = outWidth;
        this.in = in;
        this.out = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.err = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    java.io.InputStream in() {
        return in;
    }

    PrintWriter outWriter() {
        return out;
    }

    PrintWriter errWriter() {
        return err;
    }

    /**
     * Standard output through {@link TerminalSafe}, for commands whose whole output is for people and
     * carries rule-pack strings without styling of its own ({@code rules list}, {@code rules explain}).
     */
    PrintWriter safeOutWriter() {
        return new PrintWriter(TerminalSafe.writer(out), false);
    }

    /** Colour only on an interactive terminal, never with NO_COLOR set or --no-color given. */
    boolean colorWanted(boolean noColorOption) {
        String noColor = System.getenv("NO_COLOR");
        return !noColorOption && (noColor == null || noColor.isEmpty()) && System.console() != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    /** Whether progress may be drawn on standard error: it is an interactive terminal. */
    boolean errIsTerminal() {
        return errIsTerminal && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * Whether the process's standard error (fd 2) is a terminal. Java has no direct test; on Linux
     * /proc tells where fd 2 points, elsewhere a console (stdin and stdout on a terminal) stands in.
     */
    static boolean processStderrIsTerminal() {
        java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The width of the terminal standard output is shown on; 0 for a pipe or a file. */
    int outWidth() {
        return outWidth;
    }

    /**
     * The width of the terminal on the process's standard output (fd 1), or 0 when it is not a
     * terminal: $COLUMNS when the shell exports it, else what {@code stty size} says of the terminal,
     * else 80. Asked only when a report is written for people.
     */
    static int processStdoutWidth() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/1")).toString();
            if (!target.startsWith("/dev/pts/") && !target.startsWith("/dev/tty")) {
                return 0;
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            if (System.console() == null) {
                return 0;
            }
        }
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            if (columns > 0) {
                return columns;
            }
        } catch (NumberFormatException e) {
            // Not exported; ask the terminal.
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/tty"))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0) {
                String[] parts = out.split("\\s+");
                int columns = Integer.parseInt(parts[parts.length - 1]);
                if (columns > 0) {
                    return columns;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // No stty, or no terminal to ask.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }

    /** Whether standard input carries text meant for us: a pipe or a redirected file. */
    boolean inIsPiped() {
        return inIsPiped;
    }

    /**
     * Whether the process's standard input (fd 0) is a pipe or a regular file. Only where /proc tells
     * (Linux); elsewhere, and for a terminal, /dev/null or a socket, false, so the default of checking
     * the current folder holds wherever Lihaaz cannot be sure.
     */
    static boolean processStdinIsPiped() {
        try {
            java.nio.file.Path target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/0"));
            return target.toString().startsWith("pipe:") || java.nio.file.Files.isRegularFile(target);
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** One diagnostic line on standard error; whatever it quotes (file names, exception messages) cannot act on the terminal or a CI log. */
    void error(String message) {
        out.flush();
        err.println("lihaaz: " + TerminalSafe.line(message));
        err.flush();
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
