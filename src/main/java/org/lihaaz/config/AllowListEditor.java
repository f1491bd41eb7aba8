package org.lihaaz.config;

import java.util.List;
import java.util.Locale;

/**
 * Adds a term to the {@code allow:} list of a {@code .lihaaz.yml} by editing its text, so the
 * file's comments, key order and layout stay as the project wrote them: the term goes after the
 * last item of a block list (with its indentation) or before the {@code ]} of a flow list, and a file
 * without {@code allow:} gets one appended at the end.
 */
public final class AllowListEditor {
    private AllowListEditor() {
    }

    /** The text of an empty configuration that allows one term. */
    public static String newFile(String term) {
        return "# Lihaaz configuration; see docs/configuration.md\nallow:\n  - " + quote(term) + "\n";
    }

    /**
     * The configuration text with {@code term} added to {@code allow:}; the text itself when the
     * list already holds it.
     *
     * @param current the terms already allowed, as the loader read them
     */
    public static String add(String text, List<String> current, String term) {
        for (String t : current) {
            if (t.toLowerCase(Locale.ROOT).equals(term.toLowerCase(Locale.ROOT))) {
                return text;
            }
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\r?\n", -1);
        int key = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("allow:")) {
                key = i;
                break;
            }
        }
        String item = quote(term);
        if (key < 0) {
            String base = text.isEmpty() || text.endsWith("\n") ? text : text + nl;
            return base + "allow:" + nl + "  - " + item + nl;
        }
        String rest = stripComment(lines[key].substring("allow:".length())).strip();
        if (rest.startsWith("[")) {
            return addToFlowList(lines, key, item, nl);
        }
        if (!rest.isEmpty() && !rest.equals("~") && !rest.equals("null")) {
            // A single term written as a scalar: make it a flow list of two.
            lines[key] = "allow: [" + rest + ", " + item + "]";
            return String.join(nl, lines);
        }
        if (rest.equals("~") || rest.equals("null")) {
            lines[key] = "allow:";
        }
        int lastItem = -1;
        String indent = "  ";
        for (int i = key + 1; i < lines.length; i++) {
            String l = lines[i];
            String s = l.stripLeading();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (l.length() == s.length() && !s.startsWith("- ")) {
                break;
            }
            if (s.startsWith("-")) {
                lastItem = i;
                indent = l.substring(0, l.length() - s.length());
            } else if (l.length() == s.length()) {
                break;
            }
        }
        int at = lastItem >= 0 ? lastItem + 1 : key + 1;
        String[] out = new String[lines.length + 1];
        System.arraycopy(lines, 0, out, 0, at);
        out[at] = indent + "- " + item;
        System.arraycopy(lines, at, out, at + 1, lines.length - at);
        return String.join(nl, out);
    }

    private static String addToFlowList(String[] lines, int key, String item, String nl) {
        for (int i = key; i < lines.length; i++) {
            int close = closingBracket(lines[i], i == key ? lines[i].indexOf('[') + 1 : 0);
            if (close >= 0) {
                String before = lines[i].substring(0, close);
                boolean empty = before.strip().endsWith("[");
                String trimmed = before.stripTrailing();
                lines[i] = trimmed + (empty ? "" : ", ") + item + lines[i].substring(close);
                return String.join(nl, lines);
            }
        }
        throw new IllegalArgumentException("the allow: list has no closing ]");
    }

    /** Index of the first {@code ]} outside quotes at or after {@code from}, or -1. */
    private static int closingBracket(String line, int from) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf(" #");
        return hash >= 0 ? s.substring(0, hash) : s.startsWith("#") ? "" : s;
    }

    /** A YAML double-quoted string. */
    static String quote(String term) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c < 0x20 ? ' ' : c);
        }
        return b.append('"').toString();
    }
}
