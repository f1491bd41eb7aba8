package org.lihaaz.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.source.SourceText;

class HtmlReaderTest {
    private static List<String> blocks(String html) {
        Prose p = new HtmlReader(List.of()).read(new SourceText(html));
        return p.blocks().stream().map(ProseBlock::text).toList();
    }

    @Test
    void inlineElementsContinueABlockAndBlockElementsEndIt() {
        assertEquals(List.of("One two three.", "Four."), blocks("<p>One <b>two</b> <a href=x>three</a>.</p><div>Four.</div>"));
    }

    @Test
    void skippedElementsAndLineBreaksStillSeparateWords() {
        assertEquals(List.of("Use   here", "and then"), blocks("<p>Use <code>x</code> here</p><p>and<br>then</p>"));
        assertEquals(List.of("a   b"), blocks("<p>a <script>x()</script> b</p>"));
    }

    @Test
    void attributesAndMetaAreTheirOwnBlocks() {
        // Attribute blocks stand apart from the paragraph they are in; block order does not matter to findings.
        assertEquals(List.of("About us", "Page", "Text ", "a photo", "tip"),
                sorted(blocks("<html><head><title>Page</title><meta name=description content='About us'>"
                        + "<meta name=author content=Someone></head><body><p>Text <img alt='a photo' title=tip></p></body></html>")));
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    @Test
    void entitiesAreDecodedAndMapToTheirSource() {
        String html = "<p>A &amp; B &#8217; C&nbsp;D</p>";
        Prose p = new HtmlReader(List.of()).read(new SourceText(html));
        ProseBlock b = p.blocks().get(0);
        assertEquals("A & B \u2019 C\u00A0D", b.text());
        int amp = b.text().indexOf('&');
        assertEquals("&amp;", html.substring(b.map().sourceStart(amp), b.map().sourceEnd(amp + 1)));
    }
}
