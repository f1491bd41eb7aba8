package org.lihaaz.internal.format;

import org.lihaaz.format.Format;
import org.lihaaz.format.ReaderOptions;

/**
 * The reader of each format. Kept apart from {@link Format}, a public value, because the readers are
 * internal to the format stage.
 */
public final class Readers {
    private Readers() {
    }

    public static FormatReader of(Format format, ReaderOptions options) {
        return switch (format) {
            case TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader(options.frontMatterKeys(), options.continuation(),
                    options.frontMatterCheckOnly());
            case HTML -> new HtmlReader(options.frontMatterKeys(), options.frontMatterCheckOnly());
            case SUBRIP -> new SubtitleReader(SubtitleReader.Kind.SUBRIP);
            case WEBVTT -> new SubtitleReader(SubtitleReader.Kind.WEBVTT);
            case DOCX -> new DocxReader();
            case FOUNTAIN -> new FountainReader();
        };
    }
}
