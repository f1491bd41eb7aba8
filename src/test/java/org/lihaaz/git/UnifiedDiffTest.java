package org.lihaaz.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    private static BitSet lines(int... n) {
        BitSet b = new BitSet();
        for (int i : n) {
            b.set(i);
        }
        return b;
    }

    @Test
    void readsAddedAndChangedLinesPerFile() {
        String diff = """
                diff --git a/a.md b/a.md
                index 1..2 100644
                --- a/a.md
                +++ b/a.md
                @@ -3 +3 @@ heading
                -old
                +new
                @@ -10,0 +11,2 @@
                +x
                +y
                @@ -20,2 +21,0 @@
                -gone
                -gone
                diff --git a/gone.md b/gone.md
                deleted file mode 100644
                --- a/gone.md
                +++ /dev/null
                @@ -1 +0,0 @@
                -bye
                diff --git "a/caf\\303\\251 \\"x\\".md" "b/caf\\303\\251 \\"x\\".md"
                --- "a/caf\\303\\251 \\"x\\".md"
                +++ "b/caf\\303\\251 \\"x\\".md"
                @@ -1 +1 @@
                -a
                +b
                """;
        Map<String, BitSet> parsed = UnifiedDiff.parse(diff);
        assertEquals(Map.of("a.md", lines(3, 11, 12), "caf\u00E9 \"x\".md", lines(1)), parsed);
    }

    @Test
    void unquotesGitFileNames() {
        assertEquals("b/tab\there", UnifiedDiff.unquote("\"b/tab\\there\""));
        assertEquals("plain name.md", UnifiedDiff.unquote("plain name.md"));
        assertEquals("b/\u0645\u0636\u0645\u0648\u0646.md", UnifiedDiff.unquote("\"b/\u0645\u0636\u0645\u0648\u0646.md\""));
    }
}
