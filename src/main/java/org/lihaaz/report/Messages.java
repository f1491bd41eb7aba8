package org.lihaaz.report;

import org.lihaaz.finding.Finding;

/** The one-line wording of a finding shared by the CI formats. */
final class Messages {
    private Messages() {
    }

    /** The rule's message, then the suggestions: "… Instead: chair, chairperson." */
    static String withSuggestions(Finding f) {
        if (f.suggestions().isEmpty()) {
            return f.message();
        }
        return f.message() + " Instead: " + String.join(", ", f.suggestions()) + ".";
    }
}
