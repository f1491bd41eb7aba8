package org.lihaaz.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The source formats Lihaaz reads, each with its reader and the file extensions that select it. */
public enum Format {
    TEXT("text", List.of("txt", "text")),
    MARKDOWN("markdown", List.of("md", "markdown"));

    private final String id;
    private final List<String> extensions;

    Format(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    public String id() {
        return id;
    }

    public List<String> extensions() {
        return extensions;
    }

    public FormatReader reader() {
        return switch (this) {
            case TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader();
        };
    }

    /** The format a file name's extension selects, if any. */
    public static Optional<Format> forFileName(String fileName) {
        String ext = extension(fileName);
        for (Format f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format for a file name, reading anything unknown as plain text. */
    public static Format forFileNameOrText(String fileName) {
        return forFileName(fileName).orElse(TEXT);
    }

    static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
