package org.lihaaz.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one place where text from outside (a file's contents, a file's name, a rule pack's strings, an
 * exception's message) is made safe to print for people. Files and packs come from strangers (pull
 * requests from forks, scraped posts), so nothing they hold may act on the terminal or on a CI log:
 *
 * <ul>
 *   <li>C0 controls, DEL and C1 controls (ESC starts the sequences that move the cursor, set the
 *       window title or write the clipboard; a line break starts a GitHub workflow command) are
 *       shown as visible symbols: C0 and DEL as their Unicode control pictures (␛, ␊), C1 as
 *       {@code <U+009B>};</li>
 *   <li>bidirectional embeddings, overrides and isolates (LRE … RLO, PDF, LRI … PDI) and the line and
 *       paragraph separators are shown as {@code <U+202E>} too, so they cannot reorder the rest of the
 *       line (the "Trojan Source" trick); right-to-left text is still isolated as a whole by
 *       {@link Bidi#isolate} where a reporter prints it;</li>
 *   <li>file names with any of these are quoted as git quotes them ({@code core.quotePath}):
 *       {@code "x\n::stop-commands::T\n.docx"}, octal escapes for the other bytes.</li>
 * </ul>
 *
 * Letters of every script, including Urdu, and ordinary marks pass unchanged.
 */
public final class TerminalSafe {
    private TerminalSafe() {
    }

    /** True when {@code c} must not reach a terminal as it is. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Explicit directional embeddings, overrides and isolates: the characters that reorder what follows them. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Text for one line: every unsafe character shown visibly, a tab as a space. */
    public static String line(CharSequence s) {
        return clean(s, false);
    }

    /** Text that may span lines: line breaks and tabs kept, every other unsafe character shown visibly. */
    public static String lines(CharSequence s) {
        return clean(s, true);
    }

    private static String clean(CharSequence s, boolean keepBreaks) {
        int i = 0;
        int n = s.length();
        while (i < n && !needsWork(s.charAt(i), keepBreaks)) {
            i++;
        }
        if (i == n) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            appendSafe(b, s.charAt(i), keepBreaks);
        }
        return b.toString();
    }

    private static boolean needsWork(char c, boolean keepBreaks) {
        return isUnsafe(c) && !(keepBreaks && (c == '\n' || c == '\t'));
    }

    private static void appendSafe(StringBuilder b, char c, boolean keepBreaks) {
        if (!isUnsafe(c) || (keepBreaks && (c == '\n' || c == '\t'))) {
            b.append(c);
        } else if (c == '\t') {
            b.append(' ');
        } else if (c < 0x20) {
            b.append((char) (0x2400 + c));
        } else if (c == 0x7F) {
            b.append('\u2421');
        } else {
            b.append("<U+").append(String.format(java.util.Locale.ROOT, "%04X", (int) c)).append('>');
        }
    }

    /**
     * A file name as git prints it: unchanged when it holds no unsafe character, else in double
     * quotes with C escapes ({@code \n}, {@code \t}, {@code \"}, {@code \\}) and the bytes of other
     * unsafe characters in octal, so the name stays on one line and says exactly what it is.
     */
    public static String path(String name) {
        boolean unsafe = false;
        for (int i = 0; i < name.length() && !unsafe; i++) {
            unsafe = isUnsafe(name.charAt(i));
        }
        return unsafe ? cQuote(name) : name;
    }

    /** {@code s} in double quotes with git's C escapes; characters that are safe and not ASCII stay as they are. */
    public static String cQuote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\u0007' -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\u000B' -> b.append("\\v");
                default -> {
                    if (isUnsafe(c)) {
                        for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                            b.append('\\').append(String.format(java.util.Locale.ROOT, "%03o", x & 0xFF));
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A writer that passes text through {@link #lines}: for commands whose whole output is for people and has no styling of its own. */
    public static Writer writer(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(lines(String.valueOf((char) c)));
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                out.write(lines(new String(buf, off, len)));
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                out.write(lines(str.substring(off, off + len)));
            }
        };
    }
}
