package org.lihaaz.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lihaaz.engine.Input;
import org.lihaaz.format.Format;
import org.lihaaz.lang.Language;
import org.lihaaz.internal.token.Tokenizer;
import org.lihaaz.internal.token.Tokens;
import org.lihaaz.testing.Invariants;

/**
 * Fuzzes the tokeniser, language detection and the matcher with any Unicode: each language's
 * tokens lie inside the text, in order and without overlap, with a non-empty normal form; and the
 * whole engine keeps {@link Invariants#findings}.
 */
class TextFuzzTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    @FuzzTest
    void tokenizer(FuzzedDataProvider data) {
        Language language = data.pickValue(Language.values());
        String text = FuzzText.of(data, Format.TEXT);
        Tokens tokens = TOKENIZER.tokenize(text, language);
        int last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            if (s < last || e <= s || e > text.length()) {
                throw new AssertionError("token " + i + " at [" + s + ", " + e + ") after " + last + " in " + text.length()
                        + " chars (" + language + ")");
            }
            if (tokens.norm(i) == null || tokens.norm(i).isEmpty()) {
                throw new AssertionError("token " + i + " has no normal form: '" + text.substring(s, e) + "'");
            }
            last = e;
        }
    }

    @FuzzTest
    void matcher(FuzzedDataProvider data) {
        Invariants.findings(FuzzText.ENGINE.check(Input.ofText("t.txt", FuzzText.of(data, Format.TEXT), Format.TEXT)));
    }
}
