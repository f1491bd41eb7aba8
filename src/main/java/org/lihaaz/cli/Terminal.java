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

    Terminal(java.io.InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }

    /** @param errIsTerminal whether {@code err} is the process's own standard error on a terminal */
    Terminal(java.io.InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
        this.errIsTerminal = errIsTerminal;
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
