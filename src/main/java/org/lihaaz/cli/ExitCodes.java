package org.lihaaz.cli;

/** The exit codes every command uses; listed in {@code --help}. */
final class ExitCodes {
    /** Nothing at or above --fail-on. */
    static final int OK = 0;
    /** Findings at or above --fail-on, or a failing rule test. */
    static final int FINDINGS = 1;
    /** A usage, configuration or rule error, or an input that could not be read. */
    static final int ERROR = 2;

    static final String HELP = """
            Exit codes:
              0  nothing at or above --fail-on
              1  findings at or above --fail-on (or a rule example failed)
              2  a usage, configuration or rule error, or an input that could not be read
                 (the other inputs are still checked and reported)""";

    private ExitCodes() {
    }
}
