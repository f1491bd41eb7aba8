package org.lihaaz.rule;

import java.util.Locale;
import java.util.Optional;

/** How strongly a finding asks for a change, from a gentle suggestion to an error. */
public enum Level {
    SUGGESTION, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String s) {
        for (Level l : values()) {
            if (l.id().equals(s)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
