package org.lihaaz.internal.context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lihaaz.lang.Language;
import org.lihaaz.rule.RuleLoader;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;
import org.lihaaz.internal.yaml.YamlReader;

/**
 * Recommended terms of art that outrank word rules: inside "assigned female at birth" no rule
 * fires on "female", whatever its own conditions say. Each language folder of the built-in packs may
 * hold a {@code terms-of-art.yml}, a YAML list of phrases written in the pattern syntax of condition
 * phrases ("assigned (female|male) at birth"). A match counts as inside one when the phrase covers
 * every word of the match.
 */
public final class TermsOfArt {
    private final Map<Language, PhraseMatcher> byLanguage;

    private TermsOfArt(Map<Language, PhraseMatcher> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** No terms of art. */
    public static TermsOfArt none() {
        return new TermsOfArt(Map.of());
    }

    /** The lists shipped with the built-in packs. */
    public static TermsOfArt builtIn(Tokenizer tokenizer) {
        Map<Language, PhraseMatcher> out = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = RuleLoader.BUILTIN_ROOT + "/" + language.code() + "/" + RuleLoader.TERMS_OF_ART;
            try (InputStream in = TermsOfArt.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    List<String> phrases = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
                    out.put(language, new PhraseMatcher(phrases, language, tokenizer));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
            }
        }
        return new TermsOfArt(out);
    }

    /** The phrases of a terms-of-art file: a YAML list of strings. */
    static List<String> parse(String text, String file) {
        return new YamlReader().readStrings(text, file, "a terms-of-art file is a list of phrases", "each term of art is a phrase", phrase -> true);
    }

    /** True when a term of art covers tokens {@code first..last} of the block. */
    boolean covers(Tokens tokens, Language language, int first, int last) {
        PhraseMatcher m = byLanguage.get(language);
        if (m == null) {
            return false;
        }
        int len = m.maxLength();
        return m.find(tokens, first - len + 1, first, last + 1, first + len, Math.max(0, first - len),
                Math.min(tokens.size(), first + len));
    }
}
