package org.lihaaz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;
import org.lihaaz.source.SourceText;

/**
 * Plain text: paragraphs are separated by blank lines. A line holding only a suppression directive
 * (optionally behind a comment marker such as {@code #} or {@code //}) is a directive, not prose.
 */
final class PlainTextReader implements FormatReader {
    @Override
    public Prose read(SourceText source) {
        String text = source.text();
        List<ProseBlock> blocks = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        BlockCollector collector = new BlockCollector(blocks);
        for (int line = 0; line < source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = source.lineContentEnd(line);
            Optional<Directive> directive = directiveLine(text, start, end);
            if (directive.isPresent()) {
                directives.add(directive.get());
                collector.flush();
            } else if (isBlank(text, start, end)) {
                collector.flush();
            } else {
                collector.addLine(text, start, end);
            }
        }
        collector.flush();
        return new Prose(source, blocks, directives);
    }

    static Optional<Directive> directiveLine(String text, int start, int end) {
        String line = text.substring(start, end).strip();
        if (!line.contains("lihaaz-")) {
            return Optional.empty();
        }
        for (String marker : new String[] {"<!--", "//", "#", ";", "--"}) {
            if (line.startsWith(marker)) {
                line = line.substring(marker.length());
                break;
            }
        }
        if (line.endsWith("-->")) {
            line = line.substring(0, line.length() - 3);
        }
        return Directives.parse(line, start, end);
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Gathers lines into blocks, cutting very long paragraphs so no block grows without bound. */
    static final class BlockCollector {
        static final int MAX_BLOCK_CHARS = 32_768;
        private final List<ProseBlock> blocks;
        private ProseBuilder current = new ProseBuilder();
        private int lastLineEnd = -1;

        BlockCollector(List<ProseBlock> blocks) {
            this.blocks = blocks;
        }

        void addLine(String text, int start, int end) {
            if (lastLineEnd >= 0 && current.length() > 0) {
                current.appendReplacement(" ", lastLineEnd, start);
            }
            int from = start;
            while (end - from > MAX_BLOCK_CHARS - current.length()) {
                int cut = cutPoint(text, from, from + Math.max(1, MAX_BLOCK_CHARS - current.length()), end);
                UrlMasker.appendMasked(current, text, from, cut);
                flush();
                from = cut;
            }
            UrlMasker.appendMasked(current, text, from, end);
            lastLineEnd = end;
        }

        void flush() {
            if (!current.isBlank()) {
                blocks.add(current.build());
            }
            current = new ProseBuilder();
            lastLineEnd = -1;
        }

        /** A whitespace position at or after {@code want}, so a word is never split. */
        private static int cutPoint(String text, int from, int want, int end) {
            for (int i = want; i < end; i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return end;
        }
    }
}
