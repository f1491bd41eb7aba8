package org.lihaaz.internal.prose;

import java.util.List;

/**
 * An inline suppression written in the checked text, such as
 * {@code <!-- lihaaz-disable-next-line gender.chairman -->}.
 *
 * @param kind        what the directive does
 * @param ids         rule ids or pack names it names; empty means every rule
 * @param sourceStart char index in the source where the directive starts
 * @param sourceEnd   char index in the source where it ends
 */
public record Directive(Kind kind, List<String> ids, int sourceStart, int sourceEnd) {
    public enum Kind { DISABLE_NEXT_LINE, DISABLE, ENABLE }

    public Directive {
        ids = List.copyOf(ids);
    }
}
