package org.lihaaz.lsp;

import java.util.Locale;
import java.util.Optional;
import org.lihaaz.config.ProjectConfig;
import org.lihaaz.format.Format;

/**
 * The format a document is read in: by the editor's language id where it names one Lihaaz reads,
 * else by the file's extension (as configured under {@code extensions:}, else built in). Documents in
 * other languages (code, configuration) are not checked.
 */
final class Formats {
    private Formats() {
    }

    static Optional<Format> of(String languageId, String fileName, ProjectConfig config) {
        String id = languageId == null ? "" : languageId.toLowerCase(Locale.ROOT);
        Optional<Format> byId = switch (id) {
            case "markdown", "mdx" -> Optional.of(Format.MARKDOWN);
            case "plaintext", "text" -> Optional.of(Format.TEXT);
            case "html" -> Optional.of(Format.HTML);
            case "srt", "subrip" -> Optional.of(Format.SUBRIP);
            case "vtt", "webvtt" -> Optional.of(Format.WEBVTT);
            case "fountain" -> Optional.of(Format.FOUNTAIN);
            default -> Optional.empty();
        };
        if (byId.isPresent()) {
            return byId;
        }
        return config.formatOf(fileName).filter(f -> f != Format.DOCX);
    }
}
