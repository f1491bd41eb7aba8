package org.lihaaz.lang;

import java.util.Optional;

/**
 * Which language to check text as: one fixed language, or {@code auto} to decide per block.
 *
 * @param fixed the forced language, or null for automatic detection
 */
public record LanguageChoice(Language fixed) {
    public static final LanguageChoice AUTO = new LanguageChoice(null);

    public static LanguageChoice of(Language language) {
        return new LanguageChoice(language);
    }

    public boolean isAuto() {
        return fixed == null;
    }

    /** Parses {@code auto} or a language code. */
    public static Optional<LanguageChoice> parse(String value) {
        if ("auto".equals(value)) {
            return Optional.of(AUTO);
        }
        return Language.byCode(value).map(LanguageChoice::of);
    }

    @Override
    public String toString() {
        return fixed == null ? "auto" : fixed.code();
    }
}
