package org.lihaaz.internal.format;

import org.lihaaz.format.ReaderOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.internal.prose.ProseBlock;

class FrontMatterTest {
    private static final List<String> KEYS = ReaderOptions.DEFAULT_FRONT_MATTER_KEYS;

    /** Each block's text, and the source it maps to from its first to its last char. */
    private static List<String> read(String text, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (ProseBlock b : FrontMatter.read(text, keys)) {
            int s = b.map().sourceStart(0);
            int e = b.map().sourceEnd(b.text().length());
            out.add(b.text() + " <- " + text.substring(s, e));
        }
        return out;
    }

    @Test
    void everyScalarAndListShapeIsReadWithItsSourcePositions() {
        String fm = "---\n"
                + "title: Plain title # a comment\n"
                + "description: \"Double \\\"quoted\\\" \\u2019\"\n"
                + "summary: 'It''s single'\n"
                + "excerpt: >-\n  Folded line one\n  and two\n"
                + "tags: [one, \"two words\", 'three']\n"
                + "layout: post\n"
                + "---\nBody\n";
        assertEquals(List.of(
                "Plain title <- Plain title",
                "Double \"quoted\" \u2019 <- Double \\\"quoted\\\" \\u2019",
                "It's single <- It''s single",
                "Folded line one and two <- Folded line one\n  and two",
                "one <- one", "two words <- two words", "three <- three"), read(fm, KEYS));
    }

    @Test
    void blockListsKeysAndOtherFieldsAndToml() {
        assertEquals(List.of("a <- a", "b c <- b c"), read("---\ntags:\n  - a\n  - \"b c\"\ntitle:\nlayout: x\n---\n", KEYS));
        assertEquals(List.of("Hello <- Hello"), read("+++\ntitle = \"Hello\"\ndraft = true\n+++\n", KEYS));
        assertEquals(List.of(), read("---\ntitle: Hello\n---\n", List.of()));
        assertEquals(List.of("post <- post"), read("---\ntitle: Hello\nlayout: post\n---\n", List.of("layout")));
        assertEquals(List.of(), read("title: no fence\n", KEYS));
        assertEquals(List.of("x <- x"), read("---\r\ntitle: x\r\n---\r\n", KEYS));
    }
}
