package org.lihaaz.internal.rule;

import org.lihaaz.rule.PatternPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternSyntaxTest {
    private static String show(List<List<PatternPart>> seqs) {
        StringBuilder b = new StringBuilder();
        for (List<PatternPart> seq : seqs) {
            if (b.length() > 0) {
                b.append(" / ");
            }
            for (PatternPart p : seq) {
                b.append(p instanceof PatternPart.Words w ? "[" + w.text() + "]" : ((PatternPart.Placeholder) p).kind().syntax());
            }
        }
        return b.toString();
    }

    @Test
    void expandsAlternativesAndOptionalGroups() {
        assertEquals("[failed suicide attempt] / [failed suicide] / [successful suicide attempt] / [successful suicide]",
                show(PatternSyntax.expand("(failed|successful) suicide (attempt|)")));
    }

    @Test
    void keepsPlaceholders() {
        assertEquals("[rape survivor]{Cap}", show(PatternSyntax.expand("rape survivor {Cap}")));
        assertEquals("[each user]...[his]", show(PatternSyntax.expand("each user ... his")));
        assertEquals("[robbed of]*[honour]", show(PatternSyntax.expand("robbed of * honour")));
        assertEquals("[mother of]{Num}", show(PatternSyntax.expand("mother of {Num}")));
    }

    @Test
    void alternativesMayHoldSeveralWords() {
        assertEquals("[lost her honour] / [been robbed of her honour]",
                show(PatternSyntax.expand("(lost|been robbed of) her honour")));
    }

    @Test
    void rejectsBrokenPatterns() {
        assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand("(a|b"));
        assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand("a|b"));
        assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand("f*ck"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PatternSyntax.expand("{Person}"));
        assertTrue(e.getMessage().contains("{Cap}"));
    }

    @Test
    void capsExpansion() {
        String group = "(a|b|c|d|e|f|g|h|i|j|k)";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternSyntax.expand(group + " " + group + " " + group));
        assertTrue(e.getMessage().contains("variants"));
    }
}
