package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeTest {
    /** No character that a terminal or a CI log acts on survives. */
    private static void assertInert(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(c < 0x20 && c != '\n' && c != '\t', () -> "C0 control left in " + s);
            assertFalse(c >= 0x7F && c <= 0x9F, () -> "DEL or C1 control left in " + s);
            assertFalse(TerminalSafe.isBidiControl(c), () -> "bidi control left in " + s);
        }
    }

    @Test
    void escapeSequencesAreShownNotSent() {
        String osc52 = "before \u001B]52;c;ZXZpbA==\u0007 after \u009B2J \u007F";
        String safe = TerminalSafe.line(osc52);
        assertInert(safe);
        assertEquals("before \u241B]52;c;ZXZpbA==\u2407 after <U+009B>2J \u2421", safe);
    }

    @Test
    void oneLineTextHasNoLineBreaks() {
        String safe = TerminalSafe.line("a\nb\r::stop-commands::x\u2028y\tz");
        assertFalse(safe.contains("\n") || safe.contains("\r"), safe);
        assertEquals("a\u240Ab\u240D::stop-commands::x<U+2028>y z", safe);
    }

    @Test
    void bidiOverridesCannotReorderTheLine() {
        String safe = TerminalSafe.line("access \u202Eevil\u202C level \u2067x\u2069");
        assertInert(safe);
        assertTrue(safe.contains("<U+202E>evil<U+202C>"), safe);
    }

    @Test
    void lettersOfEveryScriptPassUnchanged() {
        String urdu = "\u067E\u0648\u0644\u06CC\u0633 \u0648\u0627\u0644\u0627 caf\u00E9 \u4E2D\u6587 \u200C\u200D";
        assertSame(urdu, TerminalSafe.line(urdu));
        String multi = "line one\n\tline two";
        assertSame(multi, TerminalSafe.lines(multi));
    }

    @Test
    void fileNamesAreQuotedAsGitQuotesThem() {
        assertEquals("docs/ok \u0648.md", TerminalSafe.path("docs/ok \u0648.md"));
        assertEquals("\"x\\n::stop-commands::T\\n.docx\"", TerminalSafe.path("x\n::stop-commands::T\n.docx"));
        assertEquals("\"a\\tb\\\\c\\\"d\\033[2J\"", TerminalSafe.path("a\tb\\c\"d\u001B[2J"));
        // Not ASCII and unsafe: the UTF-8 bytes in octal, as git prints them.
        assertEquals("\"\\342\\200\\256x\"", TerminalSafe.path("\u202Ex"));
    }

    @Test
    void theWriterCleansEverythingItPasses() throws Exception {
        StringWriter out = new StringWriter();
        try (var w = TerminalSafe.writer(out)) {
            w.write("note: \u001B[2J");
            w.write('\u009B');
            w.write("\nnext\n".toCharArray(), 0, 6);
        }
        assertEquals("note: \u241B[2J<U+009B>\nnext\n", out.toString());
    }
}
