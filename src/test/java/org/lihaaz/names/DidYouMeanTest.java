package org.lihaaz.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> COMMANDS = List.of("check", "review", "rules", "init", "completion");
    private static final List<String> RULES = List.of("gender.chairman", "gender.spokesman", "age.the-elderly", "gender");

    @Test
    void nearCommandsAndRulesAreOffered() {
        assertEquals(Optional.of("check"), DidYouMean.nearest("chek", COMMANDS));
        assertEquals(Optional.of("check"), DidYouMean.nearest("chcek", COMMANDS), "a swap is one edit");
        assertEquals(Optional.of("review"), DidYouMean.nearest("reveiw", COMMANDS));
        assertEquals(Optional.of("gender.chairman"), DidYouMean.nearest("gender.chairmen", RULES));
        assertEquals(Optional.of("gender.chairman"), DidYouMean.nearest("chairmen", RULES), "the part after the pack");
        assertEquals(Optional.of("gender"), DidYouMean.nearest("GENDR", RULES));
        assertEquals(Optional.of("json"), DidYouMean.nearest("JSON", List.of("human", "json")), "case alone differs");
    }

    @Test
    void farNamesAreNotGuessed() {
        assertEquals(Optional.empty(), DidYouMean.nearest("x", COMMANDS));
        assertEquals(Optional.empty(), DidYouMean.nearest("deploy", COMMANDS));
        assertEquals(Optional.empty(), DidYouMean.nearest("check", COMMANDS), "an exact name needs no hint");
        assertEquals("", DidYouMean.hint("zzz", RULES));
        assertEquals("; did you mean 'gender.spokesman'?", DidYouMean.hint("gender.spokesmen", RULES));
    }
}
