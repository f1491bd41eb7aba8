package org.lihaaz.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The command's output streams, and whether colour is wanted on them. */
final class Terminal {
    private final java.io.InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;

    Terminal(java.io.InputStream in, PrintStream out, PrintStream err) {
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

    /** Colour only on an interactive terminal, never with NO_COLOR set or --no-color given. */
    boolean colorWanted(boolean noColorOption) {
        String noColor = System.getenv("NO_COLOR");
        return !noColorOption && (noColor == null || noColor.isEmpty()) && System.console() != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    void error(String message) {
        out.flush();
        err.println("lihaaz: " + message);
        err.flush();
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
