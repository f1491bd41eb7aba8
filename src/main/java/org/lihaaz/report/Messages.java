package org.lihaaz.report;

import org.lihaaz.finding.Finding;

/** The one-line wording of a finding shared by the CI formats. */
final class Messages {
    private Messages() {
    }

    /** The rule's message, then the replacements and the advice: "… Instead: chair, chairperson." */
    static String withSuggestions(Finding f) {
        StringBuilder b = new StringBuilder(f.message());
        if (!f.suggestions().isEmpty()) {
            b.append(" Instead: ").append(String.join(", ", f.suggestions())).append('.');
        }
        if (!f.advice().isEmpty()) {
            b.append(' ').append(f.advice());
        }
        return b.toString();
    }
}
