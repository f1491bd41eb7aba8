package org.lihaaz.internal.format;

import org.lihaaz.format.ReaderOptions;
import org.lihaaz.format.UnreadableException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Frozen;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;
import org.lihaaz.source.SourceText;

/**
 * Markdown (CommonMark with GFM tables): checks headings, paragraphs, list items, block quotes,
 * table cells, link text and image alt text, and the user-visible fields of front matter (title,
 * description, ...); skips code (fenced, indented, inline), HTML, link destinations, bare URLs and
 * the rest of the front matter. HTML comments are read for suppression directives.
 */
final class MarkdownReader implements FormatReader {
    private final List<String> frontMatterKeys;
    private final List<String> frontMatterCheckOnly;

    MarkdownReader() {
        this(ReaderOptions.DEFAULT_FRONT_MATTER_KEYS, false, ReaderOptions.DEFAULT_CHECK_ONLY_KEYS);
    }

    MarkdownReader(List<String> frontMatterKeys) {
        this(frontMatterKeys, false, List.of());
    }

    /**
     * @param continuation         a later piece of a large file: a leading "---" is a rule, not front matter
     * @param frontMatterCheckOnly front-matter keys whose values are checked but not rewritten
     */
    MarkdownReader(List<String> frontMatterKeys, boolean continuation, List<String> frontMatterCheckOnly) {
        this.frontMatterKeys = List.copyOf(frontMatterKeys);
        this.continuation = continuation;
        this.frontMatterCheckOnly = List.copyOf(frontMatterCheckOnly);
    }

    private final boolean continuation;

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    @Override
    public Prose read(SourceText source) {
        String original = source.text();
        // Front matter is blanked out rather than cut off, so every parser position is a source position.
        String text = tameDeepContainers(tameDelimiterRuns(continuation ? original : FrontMatter.blankOut(original)));
        Node document = parse(text);
        FrontMatter.Read frontMatter = continuation ? new FrontMatter.Read(List.of(), List.of())
                : FrontMatter.read(original, frontMatterKeys, frontMatterCheckOnly);
        List<ProseBlock> blocks = new ArrayList<>(frontMatter.blocks());
        List<Directive> directives = new ArrayList<>();
        List<Frozen> frozen = new ArrayList<>(frontMatter.frozen());
        Walker walker = new Walker(original, blocks, directives, frozen);
        walker.visitBlock(document);
        walker.freezeLinkedHeadings();
        freezeFootnoteLabels(original, frozen);
        return new Prose(source, blocks, directives, List.of(), frozen);
    }

    /** The longest footnote label looked for; a longer bracketed text is not one. */
    private static final int MAX_FOOTNOTE_LABEL = 200;

    /**
     * Footnote labels ({@code [^policeman]}, and the {@code [^policeman]:} that defines the note) are
     * found by their text, so rewriting one would cut the reference from its note. A linear scan:
     * each "[^" looks at most {@value #MAX_FOOTNOTE_LABEL} chars ahead, on its own line.
     */
    static void freezeFootnoteLabels(String src, List<Frozen> frozen) {
        int i = src.indexOf("[^");
        while (i >= 0) {
            int limit = Math.min(src.length(), i + 2 + MAX_FOOTNOTE_LABEL);
            int j = i + 2;
            while (j < limit && src.charAt(j) != ']' && src.charAt(j) != '[' && src.charAt(j) != '\n') {
                j++;
            }
            if (j < limit && src.charAt(j) == ']' && j > i + 2) {
                frozen.add(new Frozen(i, j + 1, "a footnote label: its note is found by this text; rewrite both by hand"));
            }
            i = src.indexOf("[^", Math.max(j, i + 2));
        }
    }

    /**
     * The anchor GitHub (and most Markdown sites) give a heading: lower case, punctuation dropped,
     * spaces made hyphens.
     */
    static String slug(String heading) {
        StringBuilder b = new StringBuilder(heading.length());
        heading.strip().toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                b.appendCodePoint(c);
            } else if (c == ' ') {
                b.append('-');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** The longest run of one emphasis or bracket character ({@code * _ ~ [ ]}) parsed as markup; longer runs are text. */
    static final int MAX_DELIMITER_RUN = 64;

    /**
     * Hands the parser longer runs of {@code *}, {@code _}, {@code ~}, {@code [} or {@code ]} as dots.
     * commonmark-java takes time growing with the square of an emphasis run (400,000 asterisks: 15 s;
     * a 2 MB file of them: hours) and keeps an object per open bracket (a million filled a 256 MB
     * heap), and no run that long is meant as markup. Lengths are kept, so parser positions
     * stay source positions, and the prose is still copied from the source, where the run stands.
     */
    static String tameDelimiterRuns(String text) {
        char[] chars = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int j = i + 1;
            if (c == '*' || c == '_' || c == '~' || c == '[' || c == ']') {
                while (j < n && text.charAt(j) == c) {
                    j++;
                }
                if (j - i > MAX_DELIMITER_RUN) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    java.util.Arrays.fill(chars, i, j, '.');
                }
            }
            i = j;
        }
        return chars == null ? text : new String(chars);
    }

    /** The most block quote and list markers one line may open that are parsed as such; more are text. */
    static final int MAX_CONTAINER_MARKERS = 1000;

    /**
     * Hands the parser list and quote markers past the first {@value #MAX_CONTAINER_MARKERS} at the
     * start of one line as dots. commonmark-java checks every open container for each new one, so a
     * line of 100,000 "- " took 46 s; no text nests that deep on purpose. Lengths are kept, so
     * positions hold, and the prose is still copied from the source.
     */
    static String tameDeepContainers(String text) {
        char[] chars = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int markers = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                    continue;
                }
                int end;
                if (c == '>') {
                    end = i + 1;
                } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                    end = i + 1;
                } else {
                    end = i;
                    while (end < n && end - i < 9 && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                    if (end == i || end + 1 >= n || (text.charAt(end) != '.' && text.charAt(end) != ')')
                            || (text.charAt(end + 1) != ' ' && text.charAt(end + 1) != '\t')) {
                        break;
                    }
                    end++;
                }
                if (++markers > MAX_CONTAINER_MARKERS) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    java.util.Arrays.fill(chars, i, end, '.');
                }
                i = end;
            }
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            while (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Stack for parsing Markdown nested too deeply for a worker thread's own stack. */
    static final long DEEP_STACK_BYTES = 512L * 1024 * 1024;

    /**
     * Parses the text. commonmark-java recurses once per level of nested emphasis, so thousands of
     * levels overflow a thread's stack; such a file is parsed again on a thread with a large stack
     * (reserved, not committed, so it costs nothing until used), and refused only if even that
     * overflows. Ordinary files never pay for it.
     */
    private static Node parse(String text) {
        try {
            return PARSER.parse(text);
        } catch (StackOverflowError e) {
            Node[] out = new Node[1];
            Throwable[] failed = new Throwable[1];
            Thread t = new Thread(null, () -> {
                try {
                    out[0] = PARSER.parse(text);
                } catch (StackOverflowError | RuntimeException again) {
                    failed[0] = again;
                }
            }, "lihaaz-deep-markdown", DEEP_STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new UnreadableException("interrupted while reading deeply nested Markdown");
            }
            if (failed[0] instanceof RuntimeException r) {
                throw r;
            }
            if (out[0] == null) {
                throw new UnreadableException("Markdown nested too deeply to read (emphasis or links inside each other"
                        + " beyond what a " + DEEP_STACK_BYTES / (1024 * 1024) + " MB stack holds); not checked");
            }
            return out[0];
        }
    }

    private static final class Walker {
        private final String src;
        private final List<ProseBlock> blocks;
        private final List<Directive> directives;
        private final List<Frozen> frozen;
        /** Fragments ({@code #the-heading}) that links and link definitions in this file point at, lower-cased. */
        private final Set<String> linkedAnchors = new HashSet<>();
        private final List<Heading> headings = new ArrayList<>();

        Walker(String src, List<ProseBlock> blocks, List<Directive> directives, List<Frozen> frozen) {
            this.src = src;
            this.blocks = blocks;
            this.directives = directives;
            this.frozen = frozen;
        }

        /** Headings a link in this file points at by their anchor are checked but not rewritten: the link would break. */
        void freezeLinkedHeadings() {
            if (linkedAnchors.isEmpty()) {
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (Heading h : headings) {
                int[] range = range(h);
                if (range == null) {
                    continue;
                }
                String slug = slug(textOf(h));
                // A repeated heading gets -1, -2, ... after its anchor, as on GitHub.
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                String anchor = n == 0 ? slug : slug + "-" + n;
                if (linkedAnchors.contains(anchor)) {
                    frozen.add(new Frozen(range[0], range[1], "a heading that a link in this file points at (#" + anchor
                            + "); rewriting it would break the link"));
                }
            }
        }

        private void noteDestination(String destination) {
            int hash = destination == null ? -1 : destination.indexOf('#');
            if (hash >= 0) {
                String fragment = destination.substring(hash + 1);
                try {
                    fragment = java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // Not percent-encoded after all: keep it as written.
                }
                linkedAnchors.add(fragment.toLowerCase(java.util.Locale.ROOT));
            }
        }

        /**
         * A shortcut ({@code [policeman]}) or collapsed ({@code [policeman][]}) reference link is
         * found by its text: rewriting the text cuts it from its definition, so the whole link is
         * frozen. Inline links and full references ({@code [text][label]}) have text of their own.
         */
        private void noteLink(Node link) {
            int[] whole = range(link);
            Node first = link.getFirstChild();
            if (whole == null || first == null) {
                return;
            }
            int[] last = range(link.getLastChild());
            int textEnd = last == null ? -1 : last[1];
            boolean shortcut = textEnd == whole[1] - 1 && src.charAt(textEnd) == ']';
            boolean collapsed = textEnd == whole[1] - 3 && src.startsWith("][]", textEnd);
            boolean unknown = textEnd < 0 && src.charAt(whole[1] - 1) == ']';
            if (shortcut || collapsed || unknown) {
                frozen.add(new Frozen(whole[0], whole[1], "a link label: the link's definition is found by this text;"
                        + " rewrite both by hand"));
            }
        }

        private static String textOf(Node heading) {
            StringBuilder b = new StringBuilder();
            Deque<Node> todo = new ArrayDeque<>();
            todo.push(heading);
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (n instanceof Text t) {
                    b.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    b.append(c.getLiteral());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    b.append(' ');
                }
                for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
                    todo.push(child);
                }
            }
            return b.toString();
        }

        /**
         * Walks the tree with a stack of its own rather than recursion: Markdown nested thousands
         * of levels deep (block quotes, lists, emphasis) must not overflow the thread's stack.
         * Nodes are visited in document order, and a block's prose is finished after its children.
         */
        void visitBlock(Node root) {
            Deque<Step> todo = new ArrayDeque<>();
            todo.push(new Step(root, null, false));
            while (!todo.isEmpty()) {
                Step step = todo.pop();
                if (step.finish()) {
                    if (!step.out().isBlank()) {
                        blocks.add(step.out().build());
                    }
                } else if (step.out() == null) {
                    block(step.node(), todo);
                } else {
                    inline(step.out(), step.node(), todo);
                }
            }
        }

        /** One thing left to do: visit a block (no builder), visit an inline into a builder, or finish a builder. */
        private record Step(Node node, ProseBuilder out, boolean finish) {
        }

        private void block(Node node, Deque<Step> todo) {
            if (node instanceof LinkReferenceDefinition def) {
                noteDestination(def.getDestination());
                return;
            }
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                return;
            }
            if (node instanceof Heading h) {
                headings.add(h);
            }
            if (node instanceof HtmlBlock html) {
                collectDirectives(html);
                return;
            }
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                ProseBuilder builder = new ProseBuilder();
                todo.push(new Step(null, builder, true));
                pushChildren(node, builder, todo);
                return;
            }
            pushChildren(node, null, todo);
        }

        private void inline(ProseBuilder out, Node node, Deque<Step> todo) {
            if (node instanceof Text text) {
                appendText(out, text);
            } else if (node instanceof Code || node instanceof HtmlInline || node instanceof SoftLineBreak
                    || node instanceof HardLineBreak) {
                if (node instanceof HtmlInline html) {
                    collectDirectives(html);
                }
                // A separator that stands for the skipped source, so words on either side never join.
                int[] range = range(node);
                if (range == null) {
                    range = gapAround(node);
                }
                out.appendReplacement(" ", range[0], range[1]);
            } else if (node instanceof Link link && isAutolink(link)) {
                int[] range = range(node);
                if (range != null) {
                    out.appendReplacement(" ", range[0], range[1]);
                }
            } else if (node instanceof Block) {
                todo.push(new Step(node, null, false));
            } else {
                if (node instanceof Link link) {
                    noteDestination(link.getDestination());
                    noteLink(link);
                } else if (node instanceof Image image) {
                    noteLink(image);
                }
                pushChildren(node, out, todo);
            }
        }

        /** Pushes a node's children so that the first is popped first. */
        private static void pushChildren(Node node, ProseBuilder out, Deque<Step> todo) {
            Node child = node.getLastChild();
            for (; child != null; child = child.getPrevious()) {
                todo.push(new Step(child, out, false));
            }
        }

        private void appendText(ProseBuilder out, Text text) {
            List<SourceSpan> spans = text.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            if (isContiguous(spans)) {
                int start = spans.get(0).getInputIndex();
                SourceSpan last = spans.get(spans.size() - 1);
                int end = last.getInputIndex() + last.getLength();
                if (text.getLiteral().contentEquals(src.subSequence(start, end))) {
                    UrlMasker.appendMasked(out, src, start, end);
                } else {
                    EscapeAligner.append(out, src, start, end, text.getLiteral());
                }
                return;
            }
            for (SourceSpan span : spans) {
                UrlMasker.appendMasked(out, src, span.getInputIndex(), span.getInputIndex() + span.getLength());
            }
        }

        private static boolean isContiguous(List<SourceSpan> spans) {
            for (int i = 1; i < spans.size(); i++) {
                SourceSpan prev = spans.get(i - 1);
                if (prev.getInputIndex() + prev.getLength() != spans.get(i).getInputIndex()) {
                    return false;
                }
            }
            return true;
        }

        private boolean isAutolink(Link link) {
            Node child = link.getFirstChild();
            return child instanceof Text t && child.getNext() == null
                    && (t.getLiteral().equals(link.getDestination())
                        || ("mailto:" + t.getLiteral()).equals(link.getDestination()));
        }

        private void collectDirectives(Node html) {
            int[] range = range(html);
            if (range == null) {
                return;
            }
            String raw = src.substring(range[0], range[1]);
            int from = 0;
            while (true) {
                int open = raw.indexOf("<!--", from);
                if (open < 0) {
                    return;
                }
                int close = raw.indexOf("-->", open + 4);
                if (close < 0) {
                    return;
                }
                Directives.parseHtmlComment(raw.substring(open, close + 3), range[0] + open).ifPresent(directives::add);
                from = close + 3;
            }
        }

        /** The source between a node's neighbours, for nodes without spans of their own (line breaks). */
        private int[] gapAround(Node node) {
            int[] prev = node.getPrevious() == null ? null : range(node.getPrevious());
            int[] next = node.getNext() == null ? null : range(node.getNext());
            int start = prev != null ? prev[1] : next != null ? next[0] : 0;
            int end = next != null ? Math.max(start, next[0]) : start;
            return new int[] {start, end};
        }

        private static int[] range(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return null;
            }
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
        }
    }
}
