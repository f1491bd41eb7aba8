package org.lihaaz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lihaaz.prose.Anchor;
import org.lihaaz.internal.prose.Directive;
import org.lihaaz.internal.prose.Prose;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;
import org.lihaaz.source.SourceText;

/**
 * SubRip ({@code .srt}) and WebVTT ({@code .vtt}) subtitles: only the cue text is prose. Cue numbers
 * and identifiers, timings, cue settings, the WebVTT header and its NOTE, STYLE and REGION blocks are
 * skipped, as are formatting tags ({@code <i>}, {@code <v Speaker>}, {@code {\an8}}). A sentence
 * often runs over two or more cues, so cues are joined into one block until a cue ends a sentence.
 * Each cue's text is anchored as a {@code cue} with its number and start time, which reports show
 * beside the line. A WebVTT {@code NOTE lihaaz-disable ...} block is a suppression directive.
 */
final class SubtitleReader implements FormatReader {
    enum Kind { SUBRIP, WEBVTT }

    /** A block longer than this is cut at a cue boundary even mid-sentence, so no block grows without bound. */
    private static final int MAX_BLOCK_CHARS = 8_192;

    private final Kind kind;

    SubtitleReader(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Prose read(SourceText source) {
        String src = source.text();
        List<ProseBlock> blocks = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        BlockJoiner joiner = new BlockJoiner(src, blocks);
        int cueNumber = 0;
        int line = 0;
        int lines = source.lineCount();
        while (line < lines) {
            if (isBlank(source, line)) {
                line++;
                continue;
            }
            int chunkStart = line;
            int chunkEnd = line;
            while (chunkEnd < lines && !isBlank(source, chunkEnd)
                    && !(chunkEnd > chunkStart + 1 && startsCue(source, chunkEnd, lines))) {
                chunkEnd++;
            }
            int timing = -1;
            for (int l = chunkStart; l < chunkEnd && l <= chunkStart + 1; l++) {
                if (source.lineText(l).contains("-->")) {
                    timing = l;
                    break;
                }
            }
            if (timing < 0) {
                if (kind == Kind.WEBVTT && source.lineText(chunkStart).startsWith("NOTE")) {
                    String body = src.substring(source.lineStart(chunkStart) + 4, source.lineContentEnd(chunkEnd - 1));
                    Directives.parse(body, source.lineStart(chunkStart), source.lineContentEnd(chunkEnd - 1))
                            .ifPresent(directives::add);
                }
                line = chunkEnd;
                continue;
            }
            cueNumber++;
            String start = startTime(source.lineText(timing));
            if (timing + 1 < chunkEnd) {
                int textStart = source.lineStart(timing + 1);
                int textEnd = source.lineContentEnd(chunkEnd - 1);
                anchors.add(new Anchor("cue", cueNumber, Map.of("start", start), start, textStart, textEnd));
                for (int l = timing + 1; l < chunkEnd; l++) {
                    joiner.addLine(source.lineStart(l), source.lineContentEnd(l));
                }
                joiner.endCue();
            }
            line = chunkEnd;
        }
        joiner.flush();
        return new Prose(source, blocks, directives, anchors);
    }

    /**
     * A cue that starts without the blank line before it (a common fault in hand-made files): a
     * timing line, or a number right before one.
     */
    private static boolean startsCue(SourceText source, int line, int lines) {
        String text = source.lineText(line);
        if (isTiming(text)) {
            return true;
        }
        return line + 1 < lines && text.strip().chars().allMatch(Character::isDigit) && !text.isBlank()
                && isTiming(source.lineText(line + 1));
    }

    private static boolean isTiming(String line) {
        int arrow = line.indexOf("-->");
        return arrow > 0 && line.substring(0, arrow).strip().matches("[0-9:.,]+");
    }

    private static boolean isBlank(SourceText source, int line) {
        return source.lineText(line).isBlank();
    }

    /** The cue's start time as {@code HH:MM:SS.mmm}, whichever way the file writes it. */
    static String startTime(String timingLine) {
        String t = timingLine.substring(0, timingLine.indexOf("-->")).strip().replace(',', '.');
        // -1 keeps empty parts, so a malformed timing such as ":-->" still gives a time.
        String[] parts = t.split(":", -1);
        String h = parts.length >= 3 ? parts[parts.length - 3] : "0";
        String m = parts.length >= 2 ? parts[parts.length - 2] : "0";
        String s = parts[parts.length - 1];
        String ms = "000";
        int dot = s.indexOf('.');
        if (dot >= 0) {
            ms = (s.substring(dot + 1) + "000").substring(0, 3);
            s = s.substring(0, dot);
        }
        return pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + ms;
    }

    private static String pad(String s, int width) {
        s = s.strip();
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** Joins cue lines into blocks that end where a cue ends a sentence. */
    private static final class BlockJoiner {
        private final String src;
        private final List<ProseBlock> blocks;
        private ProseBuilder current = new ProseBuilder();
        private int lastEnd = -1;
        /** The last char of prose written, ignoring closing quotes and brackets. */
        private char lastProse;

        BlockJoiner(String src, List<ProseBlock> blocks) {
            this.src = src;
            this.blocks = blocks;
        }

        void addLine(int start, int end) {
            if (lastEnd >= 0 && current.length() > 0) {
                current.appendReplacement(" ", lastEnd, start);
            }
            int run = start;
            int i = start;
            while (i < end) {
                char c = src.charAt(i);
                int skip = -1;
                if (c == '<') {
                    skip = src.indexOf('>', i);
                } else if (c == '{' && i + 1 < end && src.charAt(i + 1) == '\\') {
                    skip = src.indexOf('}', i);
                } else if (c == '&') {
                    int semi = src.indexOf(';', i);
                    if (semi > i && semi < end && semi - i <= 8) {
                        String decoded = entity(src.substring(i + 1, semi));
                        if (decoded != null) {
                            copy(run, i);
                            current.appendReplacement(decoded, i, semi + 1);
                            i = semi + 1;
                            run = i;
                            continue;
                        }
                    }
                }
                if (skip > i && skip < end) {
                    // A tag is formatting, not text: it is left out, so "<i>chair</i>man" still reads as one word.
                    copy(run, i);
                    i = skip + 1;
                    run = i;
                } else {
                    i++;
                }
            }
            copy(run, end);
            lastEnd = end;
        }

        private void copy(int start, int end) {
            UrlMasker.appendMasked(current, src, start, end);
            for (int i = end - 1; i >= start; i--) {
                char c = src.charAt(i);
                if (!Character.isWhitespace(c) && "\"'\u201D\u2019)]".indexOf(c) < 0) {
                    lastProse = c;
                    break;
                }
            }
        }

        void endCue() {
            if (".!?\u2026\u061F\u06D4".indexOf(lastProse) >= 0 || current.length() > MAX_BLOCK_CHARS) {
                flush();
            }
        }

        void flush() {
            if (!current.isBlank()) {
                blocks.add(current.build());
            }
            current = new ProseBuilder();
            lastEnd = -1;
            lastProse = '\0';
        }

        private static String entity(String name) {
            return switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "nbsp" -> "\u00A0";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lrm", "rlm" -> " ";
                default -> null;
            };
        }
    }
}
