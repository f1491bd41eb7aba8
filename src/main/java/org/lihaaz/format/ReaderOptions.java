package org.lihaaz.format;

import java.util.List;

/**
 * What a project may tell the readers.
 *
 * @param frontMatterKeys top-level front-matter keys whose string values readers see (title, description, ...)
 * @param continuation    the text is a later piece of a large file, so it has no front matter of its own
 * @param frontMatterCheckOnly keys among {@code frontMatterKeys} whose values are checked but never
 *                        rewritten: taxonomy values (tags) that pages are filed and linked under
 */
public record ReaderOptions(List<String> frontMatterKeys, boolean continuation, List<String> frontMatterCheckOnly) {
    public static final List<String> DEFAULT_FRONT_MATTER_KEYS = List.of("title", "description", "summary", "excerpt",
            "tags");
    /** By default tags are checked but not rewritten; a project that lists front-matter keys itself makes them all prose. */
    public static final List<String> DEFAULT_CHECK_ONLY_KEYS = List.of("tags");
    public static final ReaderOptions DEFAULTS = new ReaderOptions(DEFAULT_FRONT_MATTER_KEYS, false, DEFAULT_CHECK_ONLY_KEYS);

    public ReaderOptions {
        frontMatterKeys = List.copyOf(frontMatterKeys);
        frontMatterCheckOnly = List.copyOf(frontMatterCheckOnly);
    }

    /** Options of a project that configured its front-matter keys: every one of them is prose. */
    public ReaderOptions(List<String> frontMatterKeys) {
        this(frontMatterKeys, false, List.of());
    }

    /** The same options for a later piece of a large file. */
    public ReaderOptions asContinuation() {
        return new ReaderOptions(frontMatterKeys, true, frontMatterCheckOnly);
    }
}
