package org.lihaaz.cli;

import java.util.List;
import java.util.Locale;
import org.lihaaz.names.DidYouMean;

/**
 * The values an option accepts: every such option reads its value case-insensitively and refuses a
 * wrong one with the same one-line message, naming the choices and the nearest one.
 */
final class Choice {
    private Choice() {
    }

    /** The value, lower-cased, when it is one of {@code names}; null after printing the error. */
    static String of(Terminal terminal, String option, String value, List<String> names) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (names.contains(v)) {
            return v;
        }
        terminal.error(mustBe(option, value, names));
        return null;
    }

    /** {@code "--format must be human, json or csv, not 'x'; did you mean 'json'?"} */
    static String mustBe(String option, String value, List<String> names) {
        return option + " must be " + list(names) + ", not '" + value + "'" + DidYouMean.hint(value, names);
    }

    /** "a, b or c". */
    static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
