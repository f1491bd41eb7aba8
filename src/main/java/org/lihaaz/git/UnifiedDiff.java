package org.lihaaz.git;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code git diff --unified=0}: for each file on the new side ({@code +++ b/…}),
 * the line numbers its hunks add or change ({@code @@ -a,b +c,d @@} marks lines c to c+d-1). Deleted
 * lines leave nothing to check, so hunks with {@code d = 0} add none.
 */
public final class UnifiedDiff {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    private UnifiedDiff() {
    }

    /** Changed line numbers (1-based) by path relative to the repository's top folder. */
    public static Map<String, BitSet> parse(String diff) {
        Map<String, BitSet> out = new LinkedHashMap<>();
        BitSet current = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("+++ ")) {
                String name = stripTab(line.substring(4));
                if (name.equals("/dev/null")) {
                    current = null;
                } else {
                    String path = unquote(name);
                    path = path.startsWith("b/") ? path.substring(2) : path;
                    current = out.computeIfAbsent(path, k -> new BitSet());
                }
            } else if (line.startsWith("@@ ") && current != null) {
                Matcher m = HUNK.matcher(line);
                if (m.find()) {
                    int start = Integer.parseInt(m.group(1));
                    int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    if (count > 0) {
                        current.set(start, start + count);
                    }
                }
            }
        }
        return out;
    }

    private static String stripTab(String s) {
        int tab = s.indexOf('\t');
        return tab >= 0 ? s.substring(0, tab) : s;
    }

    /** Undoes git's C-style quoting of unusual file names ("b/caf\303\251.md", "b/a\"b.md"). */
    static String unquote(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < s.length() - 1; i++) {
            int c = s.codePointAt(i);
            if (c != '\\' || i + 1 >= s.length() - 1) {
                byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(c) - 1;
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case 'r' -> bytes.write('\r');
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write('\b');
                case 'f' -> bytes.write('\f');
                case 'v' -> bytes.write(11);
                default -> {
                    if (n >= '0' && n <= '7' && i + 2 < s.length() - 1) {
                        bytes.write(Integer.parseInt(s.substring(i, i + 3), 8));
                        i += 2;
                    } else {
                        bytes.write(n);
                    }
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
