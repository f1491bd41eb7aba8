package org.lihaaz.format;

import java.util.List;

/**
 * What a project may tell the readers.
 *
 * @param frontMatterKeys top-level front-matter keys whose string values readers see (title, description, ...)
 * @param continuation    the text is a later piece of a large file, so it has no front matter of its own
 */
public record ReaderOptions(List<String> frontMatterKeys, boolean continuation) {
    public static final List<String> DEFAULT_FRONT_MATTER_KEYS = List.of("title", "description", "summary", "excerpt",
            "tags");
    public static final ReaderOptions DEFAULTS = new ReaderOptions(DEFAULT_FRONT_MATTER_KEYS);

    public ReaderOptions {
        frontMatterKeys = List.copyOf(frontMatterKeys);
    }

    public ReaderOptions(List<String> frontMatterKeys) {
        this(frontMatterKeys, false);
    }

    /** The same options for a later piece of a large file. */
    public ReaderOptions asContinuation() {
        return new ReaderOptions(frontMatterKeys, true);
    }
}
