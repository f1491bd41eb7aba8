package org.lihaaz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

class PlainTextReaderTest {
    private static Prose read(String text) {
        return new PlainTextReader().read(new SourceText(text));
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        Prose p = read("one\ntwo\n\n  \nthree\r\n");
        assertEquals(List.of("one two", "three"), p.blocks().stream().map(ProseBlock::text).toList());
    }

    @Test
    void directiveLinesAreNotProse() {
        Prose p = read("a\n# lihaaz-disable gender, disability\nb\nlihaaz-enable\n// lihaaz-disable-next-line\nc");
        assertEquals(List.of("a", "b", "c"), p.blocks().stream().map(ProseBlock::text).toList());
        assertEquals(List.of(Directive.Kind.DISABLE, Directive.Kind.ENABLE, Directive.Kind.DISABLE_NEXT_LINE),
                p.directives().stream().map(Directive::kind).toList());
        assertEquals(List.of("gender", "disability"), p.directives().get(0).ids());
    }

    @Test
    void urlsAndEmailsAreMasked() {
        Prose p = read("Mail chairman@example.org or see https://x.org/chairman/, then the chairman.");
        String text = p.blocks().get(0).text();
        assertEquals(1, text.split("chairman", -1).length - 1, text);
    }

    @Test
    void veryLongParagraphsAreCutAtWhitespaceWithoutLosingText() {
        String text = "word ".repeat(20_000).strip();
        Prose p = read(text);
        StringBuilder joined = new StringBuilder();
        for (ProseBlock b : p.blocks()) {
            assertEquals(joined.length(), b.map().sourceStart(0), "each block starts where the last ended");
            assertEquals(true, b.text().length() <= PlainTextReader.BlockCollector.MAX_BLOCK_CHARS + 5);
            joined.append(b.text());
        }
        assertEquals(text, joined.toString());
        assertEquals(true, p.blocks().size() > 2);
    }
}
