package org.lihaaz.lsp;

import java.util.Arrays;

/**
 * Where each line of a text starts, as LSP counts lines: a line ends at {@code \n}, {@code \r\n} or
 * a lone {@code \r}.
 */
final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
        this.text = text;
        int[] s = new int[16];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    String text() {
        return text;
    }

    int count() {
        return starts.length;
    }

    int start(int line) {
        return starts[line];
    }

    /** Where the line's content ends, before its line break. */
    int contentEnd(int line) {
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The line holding a char index. */
    int lineOf(int charIndex) {
        int i = Arrays.binarySearch(starts, charIndex);
        return i >= 0 ? i : -i - 2;
    }
}
