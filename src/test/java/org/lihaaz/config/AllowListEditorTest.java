package org.lihaaz.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.cli.StarterConfig;

class AllowListEditorTest {
    private static List<String> allowOf(String text) {
        return new ConfigLoader().parse(text, Path.of(".lihaaz.yml")).allow();
    }

    private static String add(String text, String term) {
        String out = AllowListEditor.add(text, allowOf(text), term);
        // Whatever the edit, the file must still load, with the term allowed.
        assertEquals(true, allowOf(out).contains(term), out);
        return out;
    }

    @Test
    void aBlockListGetsTheTermAfterItsLastItemWithItsIndentation() {
        String text = "# settings\nallow:\n    - Lahore  # city\n    - Chairman\n\n# more\nfail-on: error\n";
        assertEquals("# settings\nallow:\n    - Lahore  # city\n    - Chairman\n    - \"mankind\"\n\n# more\nfail-on: error\n",
                add(text, "mankind"));
    }

    @Test
    void aFlowListGetsTheTermBeforeItsBracket() {
        assertEquals("allow: [Lahore, \"mankind\"]  # ok\n", add("allow: [Lahore]  # ok\n", "mankind"));
        assertEquals("allow: [\"mankind\"]\n", add("allow: []\n", "mankind"));
    }

    @Test
    void theStarterFileKeepsItsCommentsAndOrder() {
        String out = add(StarterConfig.TEXT, "chairman");
        assertEquals(StarterConfig.TEXT.replace("allow:\n", "allow:\n  - \"chairman\"\n"), out);
    }

    @Test
    void aFileWithoutAllowGetsOneAtTheEndAndCrlfIsKept() {
        assertEquals("language: en\r\nallow:\r\n  - \"it's \\\"x\\\"\"\r\n", add("language: en\r\n", "it's \"x\""));
        assertEquals("language: en\nallow:\n  - \"x\"\n", add("language: en", "x"));
    }

    @Test
    void aTermAlreadyAllowedChangesNothing() {
        String text = "allow:\n  - Mankind\n";
        assertEquals(text, AllowListEditor.add(text, allowOf(text), "mankind"));
    }
}
