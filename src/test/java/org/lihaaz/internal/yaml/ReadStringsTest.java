package org.lihaaz.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.yaml.YamlException;

/** Files that are a list of strings (terms of art, homographs): items stripped, errors at their place. */
class ReadStringsTest {
    private static List<String> words(String text) {
        return new YamlReader().readStrings(text, "rules/en/homographs.yml", "a homograph file is a list of words",
                "each homograph is one word", w -> !w.contains(" "));
    }

    @Test
    void itemsAreReadInOrderAndStripped() {
        assertEquals(List.of("bad", "bc"), words("# a comment\n- bad   # baad\n- ' bc '\n"));
        assertEquals(List.of(), words("# nothing yet\n"));
    }

    @Test
    void aFileThatIsNotAListIsAnErrorAtItsStart() {
        YamlException e = assertThrows(YamlException.class, () -> words("bad: baad\n"));
        assertEquals("a homograph file is a list of words", e.reason());
        assertEquals(1, e.location().line());
    }

    @Test
    void anItemTheFileDoesNotAcceptIsAnErrorAtItsLine() {
        YamlException e = assertThrows(YamlException.class, () -> words("- bad\n- two words\n"));
        assertEquals(2, e.location().line());
        YamlException nested = assertThrows(YamlException.class, () -> words("- bad\n- - nested\n"));
        assertEquals(2, nested.location().line());
    }
}
