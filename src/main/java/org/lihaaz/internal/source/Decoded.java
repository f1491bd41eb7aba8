package org.lihaaz.internal.source;

import org.lihaaz.source.SourceText;

import java.util.List;

/**
 * The outcome of decoding an input's bytes: its text, or the reason it is not text.
 *
 * @param text     the decoded text, or null when the input was skipped
 * @param skipped  why the input is not checked (binary content), or null
 * @param warnings problems that did not stop the check, such as invalid UTF-8
 */
public record Decoded(SourceText text, String skipped, List<String> warnings) {
    public Decoded {
        warnings = List.copyOf(warnings);
    }

    public boolean isText() {
        return text != null;
    }
}
