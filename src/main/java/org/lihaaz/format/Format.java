package org.lihaaz.format;

import org.lihaaz.internal.format.Readers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The source formats Lihaaz reads, each with its reader and the file extensions that select it. */
public enum Format {
    TEXT("text", List.of("txt", "text")),
    MARKDOWN("markdown", List.of("md", "markdown")),
    HTML("html", List.of("html", "htm", "xhtml")),
    SUBRIP("srt", List.of("srt")),
    WEBVTT("vtt", List.of("vtt")),
    DOCX("docx", List.of("docx")),
    FOUNTAIN("fountain", List.of("fountain"));

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

    /** Whether {@code --fix} may patch files of this format in place (Word documents are never rewritten). */
    public boolean rewritable() {
        return Readers.of(this, ReaderOptions.DEFAULTS).rewritable();
    }

    /** The format a file name's extension selects, if any. */
    public static Optional<Format> forFileName(String fileName) {
        return forExtension(extension(fileName));
    }

    /** The format with this extension (lower case, no dot), if any. */
    public static Optional<Format> forExtension(String ext) {
        for (Format f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format with this id ({@code text}, {@code markdown}, {@code html}, ...), if any. */
    public static Optional<Format> forId(String id) {
        for (Format f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format for a file name, reading anything unknown as plain text. */
    public static Format forFileNameOrText(String fileName) {
        return forFileName(fileName).orElse(TEXT);
    }

    public static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
