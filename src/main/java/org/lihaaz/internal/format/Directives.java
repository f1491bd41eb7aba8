package org.lihaaz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lihaaz.internal.prose.Directive;

/**
 * Recognises inline suppression comments: {@code lihaaz-disable-next-line [ids]},
 * {@code lihaaz-disable [ids]} and {@code lihaaz-enable [ids]}, ids separated by spaces or commas.
 */
final class Directives {
    private static final String PREFIX = "lihaaz-";

    private Directives() {
    }

    /**
     * Parses the body of a comment (or a line of its own in plain text).
     *
     * @param body the text inside the comment markers
     * @param start source index where the whole comment starts
     * @param end source index where it ends
     */
    static Optional<Directive> parse(String body, int start, int end) {
        String s = body.strip();
        if (!s.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = s.substring(PREFIX.length());
        Directive.Kind kind;
        String args;
        if (rest.startsWith("disable-next-line")) {
            kind = Directive.Kind.DISABLE_NEXT_LINE;
            args = rest.substring("disable-next-line".length());
        } else if (rest.startsWith("disable")) {
            kind = Directive.Kind.DISABLE;
            args = rest.substring("disable".length());
        } else if (rest.startsWith("enable")) {
            kind = Directive.Kind.ENABLE;
            args = rest.substring("enable".length());
        } else {
            return Optional.empty();
        }
        if (!args.isEmpty() && !Character.isWhitespace(args.charAt(0)) && args.charAt(0) != ',') {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (String id : args.split("[\\s,]+")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return Optional.of(new Directive(kind, ids, start, end));
    }

    /** Parses an HTML comment {@code <!-- ... -->}; anything else is not a directive. */
    static Optional<Directive> parseHtmlComment(String html, int start) {
        String s = html.strip();
        // "<!-->" and "<!--->" start and end a comment with the same dashes: empty, not a directive.
        if (s.length() < 7 || !s.startsWith("<!--") || !s.endsWith("-->")) {
            return Optional.empty();
        }
        return parse(s.substring(4, s.length() - 3), start, start + html.length());
    }
}
