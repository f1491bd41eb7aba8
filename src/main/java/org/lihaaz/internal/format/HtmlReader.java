package org.lihaaz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;
import org.lihaaz.source.SourceText;

/**
 * HTML, parsed by jsoup with source positions: the text of the page, the {@code alt} and
 * {@code title} attributes, the {@code <title>} and the description in {@code <meta>}; the contents
 * of {@code <script>}, {@code <style>}, {@code <code>}, {@code <pre>} (and other elements a reader
 * never sees as prose) are skipped. Character references are decoded, and each decoded char maps to
 * the whole reference in the source. Block elements end a block; inline elements do not, so a
 * sentence with a link in it stays one sentence. Comments are read for suppression directives, and
 * front matter (as static site generators allow in HTML) is read as in Markdown.
 */
final class HtmlReader implements FormatReader {
    /** Elements whose content is not prose a reader sees. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "code", "pre", "template", "textarea",
            "svg", "math", "kbd", "samp");
    /** Elements that continue the sentence around them; every other element starts and ends a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em",
            "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "ins",
            "del", "label", "big", "tt", "strike", "nobr", "wbr", "img", "picture", "input", "output");
    private static final Set<String> PROSE_ATTRIBUTES = Set.of("alt", "title");
    /** {@code <meta>} names (or properties) whose content readers see in search results and link previews. */
    private static final Set<String> META_NAMES = Set.of("description", "og:description", "og:title",
            "twitter:description", "twitter:title");

    private final List<String> frontMatterKeys;
    private final List<String> frontMatterCheckOnly;

    HtmlReader(List<String> frontMatterKeys) {
        this(frontMatterKeys, List.of());
    }

    HtmlReader(List<String> frontMatterKeys, List<String> frontMatterCheckOnly) {
        this.frontMatterKeys = List.copyOf(frontMatterKeys);
        this.frontMatterCheckOnly = List.copyOf(frontMatterCheckOnly);
    }

    @Override
    public Prose read(SourceText source) {
        String original = source.text();
        // Front matter is blanked out rather than cut off, so every parser position is a source position.
        String text = FrontMatter.blankOut(original);
        Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        Walker w = new Walker(original);
        FrontMatter.Read frontMatter = FrontMatter.read(original, frontMatterKeys, frontMatterCheckOnly);
        w.blocks.addAll(frontMatter.blocks());
        for (Node child : doc.childNodes()) {
            w.visit(child);
        }
        w.flush();
        return new Prose(source, w.blocks, w.directives, List.of(), frontMatter.frozen());
    }

    private static final class Walker {
        private final String src;
        private final List<ProseBlock> blocks = new ArrayList<>();
        private final List<Directive> directives = new ArrayList<>();
        private ProseBuilder current = new ProseBuilder();

        Walker(String src) {
            this.src = src;
        }

        void visit(Node node) {
            if (node instanceof TextNode t) {
                appendText(t);
            } else if (node instanceof Comment c) {
                Range r = c.sourceRange();
                if (r.isTracked()) {
                    Directives.parseHtmlComment(src.substring(r.startPos(), r.endPos()), r.startPos())
                            .ifPresent(directives::add);
                }
            } else if (node instanceof Element e) {
                visitElement(e);
            }
        }

        private void visitElement(Element e) {
            String tag = e.normalName();
            if (tag.equals("meta")) {
                meta(e);
                return;
            }
            attributes(e);
            if (SKIPPED.contains(tag)) {
                separate(e);
                return;
            }
            if (tag.equals("br")) {
                separate(e);
                return;
            }
            boolean block = !INLINE.contains(tag);
            if (block) {
                flush();
            }
            for (Node child : e.childNodes()) {
                visit(child);
            }
            if (block) {
                flush();
            }
        }

        private void appendText(TextNode t) {
            Range r = t.sourceRange();
            if (!r.isTracked()) {
                return;
            }
            int start = r.startPos();
            int end = r.endPos();
            String decoded = t.getWholeText();
            if (decoded.contentEquals(src.subSequence(start, end))) {
                UrlMasker.appendMasked(current, src, start, end);
            } else {
                EscapeAligner.append(current, src, start, end, decoded);
            }
        }

        /** A skipped element inside prose still separates the words on either side of it. */
        private void separate(Element e) {
            Range open = e.sourceRange();
            if (!open.isTracked()) {
                return;
            }
            Range close = e.endSourceRange();
            int end = close.isTracked() ? close.endPos() : open.endPos();
            current.appendReplacement(" ", open.startPos(), Math.max(open.endPos(), end));
        }

        private void attributes(Element e) {
            for (Attribute a : e.attributes()) {
                if (PROSE_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    attributeBlock(e, a.getKey(), a.getValue());
                }
            }
        }

        private void meta(Element e) {
            String name = e.hasAttr("name") ? e.attr("name") : e.attr("property");
            if (META_NAMES.contains(name.toLowerCase(Locale.ROOT)) && e.hasAttr("content")) {
                attributeBlock(e, "content", e.attr("content"));
            }
        }

        private void attributeBlock(Element e, String key, String value) {
            Range.AttributeRange range = e.attributes().sourceRange(key);
            if (!range.isTracked() || value.isBlank()) {
                return;
            }
            Range v = range.valueRange();
            int start = v.startPos();
            int end = v.endPos();
            if (start < 0 || end > src.length() || end < start) {
                return;
            }
            ProseBuilder b = new ProseBuilder();
            if (value.contentEquals(src.subSequence(start, end))) {
                UrlMasker.appendMasked(b, src, start, end);
            } else {
                EscapeAligner.append(b, src, start, end, value);
            }
            if (!b.isBlank()) {
                blocks.add(b.build());
            }
        }

        void flush() {
            if (!current.isBlank()) {
                blocks.add(current.build());
            }
            current = new ProseBuilder();
        }
    }
}
