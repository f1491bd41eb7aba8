package org.lihaaz.format;

import java.util.List;

/**
 * What a project may tell the readers.
 *
 * @param frontMatterKeys top-level front-matter keys whose string values readers see (title, description, ...)
 */
public record ReaderOptions(List<String> frontMatterKeys) {
    public static final List<String> DEFAULT_FRONT_MATTER_KEYS = List.of("title", "description", "summary", "excerpt",
            "tags");
    public static final ReaderOptions DEFAULTS = new ReaderOptions(DEFAULT_FRONT_MATTER_KEYS);

    public ReaderOptions {
        frontMatterKeys = List.copyOf(frontMatterKeys);
    }
}
