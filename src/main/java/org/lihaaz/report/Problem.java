package org.lihaaz.report;

/**
 * Something to tell the user about an input that is not a finding: it could not be read (error),
 * was read with trouble (warning), or was skipped on purpose (notice).
 */
public record Problem(Severity severity, String message) {
    public enum Severity {
        NOTICE, WARNING, ERROR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Problem error(String message) {
        return new Problem(Severity.ERROR, message);
    }

    public static Problem warning(String message) {
        return new Problem(Severity.WARNING, message);
    }

    public static Problem notice(String message) {
        return new Problem(Severity.NOTICE, message);
    }
}
