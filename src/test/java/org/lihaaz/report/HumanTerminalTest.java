package org.lihaaz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.format.Format;

/** The human report on a terminal of a given width, and the same report piped. */
class HumanTerminalTest {
    private static String render(Report report, int width) throws Exception {
        StringWriter out = new StringWriter();
        new HumanReporter(false, false, width).write(report, out);
        return out.toString();
    }

    private static Report one(String text) {
        Lihaaz engine = GoldenReports.engine();
        return new Report(List.of(engine.check(Input.ofText("post.md", text, Format.MARKDOWN))), List.of(), List.of(), 0);
    }

    @Test
    void eightyColumnsWrapHeadersAtWordsAndKeepTheCaretUnderTheMatch() throws Exception {
        String text = "Long before anything else happened in the district that week, reporters waited for hours while "
                + "the chairman finally arrived at the crowded press club to speak.\n";
        String shown = render(one(text), 80);
        for (String line : shown.lines().toList()) {
            assertTrue(TextWidth.of(line) <= 80, "fits 80 columns: " + line);
        }
        List<String> lines = shown.lines().toList();
        int caret = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("^")) {
                caret = i;
            }
        }
        assertTrue(caret > 0, shown);
        int col = lines.get(caret).indexOf('^');
        assertEquals("chairman", lines.get(caret - 1).substring(col, col + "chairman".length()), shown);
        String piped = render(one(text), 0);
        assertTrue(piped.lines().anyMatch(l -> TextWidth.of(l) > 80), "piped output is not wrapped\n" + piped);
    }

    @Test
    void theCaretCountsDisplayCellsOfEmojiSequences() throws Exception {
        for (String before : List.of("\uD83D\uDE00 ", "\uD83D\uDC69\u200D\uD83D\uDCBB ", "\u2705 ", "\u2600\uFE0F ",
                "\uD83D\uDC4D\uD83C\uDFFD ", "e\u0301 ")) {
            String shown = render(one(before + "The chairman spoke.\n"), 100);
            List<String> lines = shown.lines().toList();
            String context = lines.stream().filter(l -> l.contains("chairman spoke")).findFirst().orElseThrow();
            String carets = lines.get(lines.indexOf(context) + 1);
            int cells = TextWidth.of(context.substring(0, context.indexOf("chairman")));
            assertEquals(cells, carets.indexOf('^'), "caret under the match after " + before + "\n" + shown);
        }
        assertEquals(2, TextWidth.of("\uD83D\uDC69\u200D\uD83D\uDCBB"), "a ZWJ sequence is one picture");
        assertEquals(2, TextWidth.of("\u2600\uFE0F"), "VS16 makes a symbol an emoji");
        assertEquals(2, TextWidth.of("\u2705"));
        assertEquals(1, TextWidth.of("e\u0301"));
    }

    @Test
    void directionIsolatesOnlyOnATerminal() throws Exception {
        Report urdu = one("\u06CC\u06C1 \u0645\u0636\u0645\u0648\u0646 \u06C1\u06D2: the fireman came.\n");
        assertTrue(render(urdu, 80).contains("\u2068"), "a terminal gets isolates around right-to-left text");
        String piped = render(urdu, 0);
        assertFalse(piped.contains("\u2068") || piped.contains("\u2069"), piped);
    }
}
