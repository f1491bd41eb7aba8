package org.lihaaz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

class MarkdownReaderTest {
    private static final String DOC = String.join("\n",
            "---",
            "layout: chairman of front matter",
            "---",
            "# Heading with chairman",
            "",
            "Text with `chairman` code, a [link text](https://x.org/chairman) and ![alt chairman](img.png).",
            "Bare https://example.com/chairman/path and <https://auto.example/chairman> too.",
            "",
            "<!-- lihaaz-disable-next-line gender.chairman -->",
            "- list item chairman",
            "",
            "> quoted chairman",
            "",
            "| head chairman | b |",
            "|---|---|",
            "| cell chairman | c |",
            "",
            "```",
            "fenced chairman",
            "```",
            "",
            "    indented chairman",
            "",
            "<div>html chairman</div>",
            "",
            "Escaped \\*chairman\\* &amp; more.");

    private static Prose read(String text) {
        return new MarkdownReader().read(new SourceText(text));
    }

    @Test
    void checksProseAndSkipsCodeUrlsHtmlAndFrontMatter() {
        Prose p = read(DOC);
        String all = String.join(" | ", p.blocks().stream().map(ProseBlock::text).toList());
        for (String kept : List.of("Heading with chairman", "link text", "alt chairman", "list item chairman",
                "quoted chairman", "head chairman", "cell chairman", "*chairman* & more")) {
            assertTrue(all.contains(kept), "missing '" + kept + "' in " + all);
        }
        for (String skipped : List.of("front matter", "`chairman`", "x.org", "example.com", "auto.example",
                "fenced chairman", "indented chairman", "html chairman", "img.png")) {
            assertFalse(all.contains(skipped), "should skip '" + skipped + "' in " + all);
        }
    }

    @Test
    void everyVerbatimCharMapsToTheSameSourceChar() {
        Prose p = read(DOC);
        for (ProseBlock b : p.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                if (b.map().isVerbatim(i, i + 1)) {
                    assertEquals(b.text().charAt(i), DOC.charAt(b.map().sourceStart(i)), "block '" + b.text() + "' at " + i);
                }
            }
        }
    }

    @Test
    void decodedEscapesAndEntitiesMapToTheirWholeSource() {
        Prose p = read(DOC);
        ProseBlock last = p.blocks().get(p.blocks().size() - 1);
        int amp = last.text().indexOf('&');
        int src = last.map().sourceStart(amp);
        assertEquals("&amp;", DOC.substring(src, last.map().sourceEnd(amp + 1)));
    }

    @Test
    void readsDirectivesFromHtmlComments() {
        List<Directive> d = read(DOC).directives();
        assertEquals(1, d.size());
        assertEquals(Directive.Kind.DISABLE_NEXT_LINE, d.get(0).kind());
        assertEquals(List.of("gender.chairman"), d.get(0).ids());
    }

    @Test
    void crlfAndBomFreeTextKeepPositions() {
        String text = "First line\r\n\r\nThe chairman\r\nspoke.";
        Prose p = read(text);
        ProseBlock b = p.blocks().get(1);
        int i = b.text().indexOf("chairman");
        assertEquals(text.indexOf("chairman"), b.map().sourceStart(i));
    }

    @Test
    void sentencesInOneParagraphStayInOneBlock() {
        Prose p = read("The chairman\nspoke at length.\n\nNew paragraph.");
        List<String> texts = new ArrayList<>();
        p.blocks().forEach(b -> texts.add(b.text()));
        assertEquals(List.of("The chairman spoke at length.", "New paragraph."), texts);
    }

    @Test
    void containerMarkersPastTheLimitAreHandedToTheParserAsText() {
        int limit = MarkdownReader.MAX_CONTAINER_MARKERS;
        String line = "- ".repeat(limit + 3) + "text\n> > quote\n";
        String tamed = MarkdownReader.tameDeepContainers(line);
        assertEquals(line.length(), tamed.length(), "positions hold");
        assertEquals("- ".repeat(limit) + ". . . text\n> > quote\n", tamed);
        assertEquals("3) " + "> ".repeat(5) + "x", MarkdownReader.tameDeepContainers("3) " + "> ".repeat(5) + "x"),
                "lines within the limit are left alone");
    }
}
