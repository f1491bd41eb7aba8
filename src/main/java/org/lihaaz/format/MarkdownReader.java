package org.lihaaz.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
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
import org.lihaaz.prose.Directive;
import org.lihaaz.prose.Prose;
import org.lihaaz.prose.ProseBlock;
import org.lihaaz.prose.ProseBuilder;
import org.lihaaz.source.SourceText;

/**
 * Markdown (CommonMark with GFM tables): checks headings, paragraphs, list items, block quotes,
 * table cells, link text and image alt text, and the user-visible fields of front matter (title,
 * description, ...); skips code (fenced, indented, inline), HTML, link destinations, bare URLs and
 * the rest of the front matter. HTML comments are read for suppression directives.
 */
final class MarkdownReader implements FormatReader {
    private final List<String> frontMatterKeys;

    MarkdownReader() {
        this(ReaderOptions.DEFAULT_FRONT_MATTER_KEYS);
    }

    MarkdownReader(List<String> frontMatterKeys) {
        this(frontMatterKeys, false);
    }

    /** @param continuation a later piece of a large file: a leading "---" is a rule, not front matter */
    MarkdownReader(List<String> frontMatterKeys, boolean continuation) {
        this.frontMatterKeys = List.copyOf(frontMatterKeys);
        this.continuation = continuation;
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
        List<ProseBlock> blocks = new ArrayList<>(continuation ? List.of() : FrontMatter.read(original, frontMatterKeys));
        List<Directive> directives = new ArrayList<>();
        new Walker(original, blocks, directives).visitBlock(document);
        return new Prose(source, blocks, directives);
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

        Walker(String src, List<ProseBlock> blocks, List<Directive> directives) {
            this.src = src;
            this.blocks = blocks;
            this.directives = directives;
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
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof LinkReferenceDefinition) {
                return;
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
