package org.lihaaz.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lihaaz.internal.prose.Frozen;
import org.lihaaz.internal.prose.ProseBlock;
import org.lihaaz.internal.prose.ProseBuilder;

/**
 * Leading YAML ({@code ---}) or TOML ({@code +++}) front matter of Markdown and HTML files. Most of it
 * is metadata, but some fields are shown to readers (a post's title, its description): the values
 * of the configured top-level keys become prose blocks, with exact positions, escapes in quoted
 * strings decoded. Keys, other fields and nested maps are never prose.
 *
 * <p>This is a scanner for the shapes front matter is written in (plain, quoted and block scalars,
 * flow and block lists), not a YAML parser: positions must point into the source, which a parser's
 * values do not.
 */
final class FrontMatter {
    private static final Set<String> FENCES = Set.of("---", "+++");

    private final String src;
    private final Set<String> keys;
    private final Set<String> checkOnly;
    private final List<ProseBlock> blocks = new ArrayList<>();
    private final List<Frozen> frozen = new ArrayList<>();

    private FrontMatter(String src, List<String> keys, List<String> checkOnly) {
        this.src = src;
        this.keys = Set.copyOf(keys);
        this.checkOnly = Set.copyOf(checkOnly);
    }

    /** The prose blocks of the configured fields' values, and the regions of those that are checked but not rewritten. */
    record Read(List<ProseBlock> blocks, List<Frozen> frozen) {
    }

    /** The blocks of the configured fields' values; empty when there is no front matter. */
    static List<ProseBlock> read(String text, List<String> keys) {
        return read(text, keys, List.of()).blocks();
    }

    /** @param checkOnly keys whose values are checked but never rewritten (taxonomy values) */
    static Read read(String text, List<String> keys, List<String> checkOnly) {
        int end = end(text);
        if (end <= 0 || keys.isEmpty()) {
            return new Read(List.of(), List.of());
        }
        FrontMatter fm = new FrontMatter(text, keys, checkOnly);
        fm.scan(text.indexOf('\n') + 1, closingLineStart(text, end), text.startsWith("+++"));
        return new Read(fm.blocks, fm.frozen);
    }

    /** The text with front matter replaced by spaces (line breaks kept), or the text itself. */
    static String blankOut(String text) {
        int end = end(text);
        if (end <= 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Char index just past the closing fence line, or -1 when there is no front matter. */
    static int end(String text) {
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0) {
            return -1;
        }
        String fence = text.substring(0, firstBreak).strip();
        if (!FENCES.contains(fence)) {
            return -1;
        }
        int pos = firstBreak + 1;
        while (pos < text.length()) {
            int next = text.indexOf('\n', pos);
            int lineEnd = next < 0 ? text.length() : next;
            String line = text.substring(pos, lineEnd).strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                return lineEnd;
            }
            if (next < 0) {
                return -1;
            }
            pos = next + 1;
        }
        return -1;
    }

    private static int closingLineStart(String text, int end) {
        int lastBreak = text.lastIndexOf('\n', end - 1);
        return lastBreak < 0 ? end : lastBreak + 1;
    }

    /** Scans the lines in [from, to) for top-level {@code key: value} (or {@code key = value}) pairs. */
    private void scan(int from, int to, boolean toml) {
        int pos = from;
        while (pos < to) {
            int lineEnd = lineEnd(pos, to);
            int next = nextLine(lineEnd, to);
            int sep = keySeparator(pos, lineEnd, toml);
            String key = sep < 0 ? null : unquote(src.substring(pos, sep).strip());
            if (key == null || !keys.contains(key)) {
                pos = next;
                continue;
            }
            int v = skipSpaces(sep + 1, lineEnd);
            pos = readValue(v, lineEnd, next, to);
            if (checkOnly.contains(key)) {
                frozen.add(new Frozen(v, Math.max(v, pos), "a front-matter '" + key
                        + "' value: pages are filed and linked under it; list the key under front-matter: to rewrite it"));
            }
        }
    }

    /** Reads one value starting at {@code v}; returns where scanning resumes. */
    private int readValue(int v, int lineEnd, int next, int to) {
        char c = v < lineEnd ? src.charAt(v) : '\0';
        if (v >= lineEnd || c == '#') {
            return blockList(next, to);
        }
        if (c == '|' || c == '>') {
            return blockScalar(next, to);
        }
        if (c == '[') {
            return flowList(v + 1, to);
        }
        if (c == '"' || c == '\'') {
            ProseBuilder b = new ProseBuilder();
            int after = quoted(b, v, to);
            add(b);
            return nextLine(lineEnd(after, to), to);
        }
        return plainScalar(v, lineEnd, next, to);
    }

    private int plainScalar(int v, int lineEnd, int next, int to) {
        ProseBuilder b = new ProseBuilder();
        UrlMasker.appendMasked(b, src, v, trimEnd(v, commentStart(v, lineEnd)));
        int pos = next;
        // Continuation lines of a plain scalar are indented.
        while (pos < to && isIndented(pos) && !isBlankLine(pos, lineEnd(pos, to))) {
            int e = lineEnd(pos, to);
            int s = skipSpaces(pos, e);
            if (src.startsWith("- ", s) || keySeparator(s, e, false) >= 0) {
                break;
            }
            b.appendReplacement(" ", lineEnd(v, to), s);
            UrlMasker.appendMasked(b, src, s, trimEnd(s, commentStart(s, e)));
            v = s;
            pos = nextLine(e, to);
        }
        add(b);
        return pos;
    }

    /** A literal or folded block scalar: its indented lines, read as one block. */
    private int blockScalar(int pos, int to) {
        ProseBuilder b = new ProseBuilder();
        int prevEnd = -1;
        while (pos < to && (isIndented(pos) || isBlankLine(pos, lineEnd(pos, to)))) {
            int e = lineEnd(pos, to);
            int s = skipSpaces(pos, e);
            if (s < e) {
                if (prevEnd >= 0) {
                    b.appendReplacement(" ", prevEnd, s);
                }
                UrlMasker.appendMasked(b, src, s, trimEnd(s, e));
                prevEnd = trimEnd(s, e);
            }
            pos = nextLine(e, to);
        }
        add(b);
        return pos;
    }

    /** Items of a block list ({@code - item} lines); each item is a block. */
    private int blockList(int pos, int to) {
        while (pos < to) {
            int e = lineEnd(pos, to);
            int s = skipSpaces(pos, e);
            if (isBlankLine(pos, e)) {
                pos = nextLine(e, to);
                continue;
            }
            if (!(src.startsWith("- ", s) || (s + 1 == e && src.charAt(s) == '-')) || (s == pos && !src.startsWith("- ", s))) {
                return pos;
            }
            int v = skipSpaces(s + 1, e);
            if (v < e && (src.charAt(v) == '"' || src.charAt(v) == '\'')) {
                ProseBuilder b = new ProseBuilder();
                int after = quoted(b, v, to);
                add(b);
                pos = nextLine(lineEnd(after, to), to);
            } else {
                ProseBuilder b = new ProseBuilder();
                UrlMasker.appendMasked(b, src, v, trimEnd(v, commentStart(v, e)));
                add(b);
                pos = nextLine(e, to);
            }
        }
        return pos;
    }

    /** Items of a flow list {@code [a, "b", 'c']}, which may run over several lines. */
    private int flowList(int pos, int to) {
        while (pos < to) {
            char c = src.charAt(pos);
            if (c == ']') {
                return nextLine(lineEnd(pos, to), to);
            }
            if (Character.isWhitespace(c) || c == ',') {
                pos++;
            } else if (c == '"' || c == '\'') {
                ProseBuilder b = new ProseBuilder();
                pos = quoted(b, pos, to);
                add(b);
            } else {
                int s = pos;
                while (pos < to && src.charAt(pos) != ',' && src.charAt(pos) != ']' && src.charAt(pos) != '\n'
                        && src.charAt(pos) != '\r') {
                    pos++;
                }
                ProseBuilder b = new ProseBuilder();
                UrlMasker.appendMasked(b, src, s, trimEnd(s, pos));
                add(b);
            }
        }
        return pos;
    }

    /**
     * A quoted scalar starting at the quote {@code q}: its content, with escapes ({@code \"},
     * {@code ''}) standing for their source. A line break inside reads as a space.
     *
     * @return the index just past the closing quote
     */
    private int quoted(ProseBuilder b, int q, int to) {
        char quote = src.charAt(q);
        int i = q + 1;
        int run = i;
        while (i < to) {
            char c = src.charAt(i);
            if (quote == '\'' && c == '\'' && i + 1 < to && src.charAt(i + 1) == '\'') {
                UrlMasker.appendMasked(b, src, run, i);
                b.appendReplacement("'", i, i + 2);
                i += 2;
                run = i;
            } else if (c == quote) {
                UrlMasker.appendMasked(b, src, run, i);
                return i + 1;
            } else if (quote == '"' && c == '\\' && i + 1 < to) {
                UrlMasker.appendMasked(b, src, run, i);
                int len = escapeLength(i, to);
                b.appendReplacement(unescape(src.substring(i, i + len)), i, i + len);
                i += len;
                run = i;
            } else if (c == '\n' || c == '\r') {
                UrlMasker.appendMasked(b, src, run, i);
                int s = i;
                while (i < to && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
                b.appendReplacement(" ", s, i);
                run = i;
            } else {
                i++;
            }
        }
        UrlMasker.appendMasked(b, src, run, to);
        return to;
    }

    private int escapeLength(int i, int to) {
        char e = src.charAt(i + 1);
        int len = switch (e) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
        return Math.min(len, to - i);
    }

    private static String unescape(String esc) {
        char e = esc.length() > 1 ? esc.charAt(1) : ' ';
        return switch (e) {
            case 'n', 't', 'r', '_', 'N', 'L', 'P' -> " ";
            case '0', 'a', 'b', 'e', 'f', 'v' -> " ";
            case 'x', 'u', 'U' -> {
                try {
                    yield new String(Character.toChars(Integer.parseInt(esc.substring(2), 16)));
                } catch (RuntimeException bad) {
                    yield " ";
                }
            }
            default -> String.valueOf(e);
        };
    }

    private void add(ProseBuilder b) {
        if (!b.isBlank()) {
            blocks.add(b.build());
        }
    }

    /** Index of the key/value separator of a top-level key line, or -1. */
    private int keySeparator(int start, int end, boolean toml) {
        if (start >= end || Character.isWhitespace(src.charAt(start)) || src.charAt(start) == '#'
                || src.charAt(start) == '-') {
            return -1;
        }
        char sep = toml ? '=' : ':';
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            if (c == sep && (toml || i + 1 == end || src.charAt(i + 1) == ' ' || src.charAt(i + 1) == '\t')) {
                return i;
            }
            if (c == '"' || c == '\'' || (!toml && c == '#')) {
                if (i != start) {
                    return -1;
                }
                int close = src.indexOf(c, i + 1);
                if (close < 0 || close >= end) {
                    return -1;
                }
                i = close;
            }
        }
        return -1;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.endsWith(key.substring(0, 1))) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private int commentStart(int from, int end) {
        for (int i = from; i < end; i++) {
            if (src.charAt(i) == '#' && (i == from || src.charAt(i - 1) == ' ' || src.charAt(i - 1) == '\t')) {
                return i;
            }
        }
        return end;
    }

    private boolean isIndented(int lineStart) {
        return lineStart < src.length() && (src.charAt(lineStart) == ' ' || src.charAt(lineStart) == '\t');
    }

    private boolean isBlankLine(int start, int end) {
        return skipSpaces(start, end) == end;
    }

    private int skipSpaces(int i, int end) {
        while (i < end && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private int trimEnd(int start, int end) {
        while (end > start && Character.isWhitespace(src.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** End of the line's content (before CR or LF). */
    private int lineEnd(int pos, int to) {
        int i = pos;
        while (i < to && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int nextLine(int lineEnd, int to) {
        int i = lineEnd;
        if (i < to && src.charAt(i) == '\r') {
            i++;
        }
        if (i < to && src.charAt(i) == '\n') {
            i++;
        }
        return Math.max(i, Math.min(lineEnd + 1, to));
    }
}
