package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** review takes what check takes: folders, and --messages. */
class ReviewOptionsTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreSearchedAsCheckSearchesThem() throws Exception {
        Files.createDirectories(dir.resolve("drafts/sub"));
        Files.writeString(dir.resolve("drafts/a.md"), "A spokesman said.\n");
        Files.writeString(dir.resolve("drafts/sub/b.txt"), "The policeman came.\n");
        Files.writeString(dir.resolve("drafts/data.json"), "{\"fireman\": 1}\n");
        Files.writeString(dir.resolve("drafts/.gitignore"), "ignored.md\n");
        Files.writeString(dir.resolve("drafts/ignored.md"), "The fireman came.\n");
        Cli.Run r = Cli.runWithInput("1\ns\n", "review", "--no-color", dir.resolve("drafts").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("a.md:1:3  warning  gender.spokesman") && r.out().contains("b.txt:1:5  warning"
                + "  gender.policeman"), r.out());
        assertFalse(r.out().contains("data.json") || r.out().contains("ignored.md"), r.out());
        assertTrue(r.out().contains("1 change saved in 1 file"), r.out());
        assertEquals("A spokesperson said.\n", Files.readString(dir.resolve("drafts/a.md")));
    }

    @Test
    void messagesIsAcceptedAndCheckedLikeCheck() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "A spokesman said.\n");
        Cli.Run r = Cli.runWithInput("s\n", "review", "--messages", "EN", post.toString());
        assertEquals(0, r.code(), r::toString);
        Cli.Run bad = Cli.runWithInput("s\n", "review", "--messages", "nativ", post.toString());
        assertEquals(2, bad.code());
        assertEquals("lihaaz: --messages must be native or en, not 'nativ'; did you mean 'native'?\n", bad.err());
    }

    @Test
    void anAnswerCanBeUndoneAndTheFindingIsAskedAgain() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "A spokesman said the policeman came.\n");
        // Accept the first, undo it, skip it instead; accept the second.
        Cli.Run r = Cli.runWithInput("1\nu\ns\n1\n", "review", "--no-color", post.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("undone: back to finding 1"), r.out());
        assertEquals(2, r.out().split("gender.spokesman  \\(1 of 2\\)", -1).length - 1, "asked again: " + r.out());
        assertEquals("A spokesman said the police officer came.\n", Files.readString(post));
        Cli.Run nothing = Cli.runWithInput("u\ns\ns\n", "review", "--no-color", post.toString());
        assertTrue(nothing.out().contains("nothing to undo in"), nothing.out());
    }

    @Test
    void theNextFindingShowsTheTextWithTheAcceptedReplacementInIt() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "A spokesman said the policeman came.\n");
        Cli.Run r = Cli.runWithInput("1\ns\n", "review", "--no-color", post.toString());
        assertEquals(0, r.code(), r::toString);
        String second = r.out().substring(r.out().indexOf("gender.policeman"));
        assertTrue(second.contains("A spokesperson said the policeman came."), second);
        String carets = second.lines().filter(l -> l.contains("^")).findFirst().orElseThrow();
        String line = second.lines().filter(l -> l.contains("A spokesperson said")).findFirst().orElseThrow();
        assertEquals(line.indexOf("policeman"), carets.indexOf('^'), "the carets sit under the match in the new text");
    }

    @Test
    void rightToLeftContextIsShownAsCheckShowsIt() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "\u0648\u06C1 \u0627\u06CC\u06A9 \u06A9\u06BE\u0633\u0631\u0627 \u06C1\u06D2\u06D4\n");
        Cli.Run review = Cli.runWithInput("s\n", "review", "--no-color", "--lang", "ur", post.toString());
        Cli.Run check = Cli.run("check", "--no-color", "--lang", "ur", post.toString());
        assertEquals(0, review.code(), review::toString);
        String pointer = check.out().lines().filter(l -> l.contains("\u25B6")).findFirst().orElseThrow().strip();
        assertTrue(review.out().contains("\u25B6"), "the match on its own line, not carets under reordered text: " + review.out());
        assertTrue(review.out().lines().anyMatch(l -> l.strip().replace("\u2068", "").replace("\u2069", "")
                .equals(pointer.replace("\u2068", "").replace("\u2069", ""))), review.out() + "\n" + check.out());
    }

    @Test
    void aReplacementThatCannotBePutInPlaceIsNotOfferedAsAChoice() throws Exception {
        Path cues = dir.resolve("talk.srt");
        String text = "1\n00:00:01,000 --> 00:00:02,000\nShe met a lady\n\n2\n00:00:02,000 --> 00:00:03,000\ndoctor at the clinic.\n";
        Files.writeString(cues, text);
        Cli.Run r = Cli.runWithInput("1\ns\n", "review", "--no-color", cues.toString());
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("  1) doctor"), "a match across cues holds a timing line: " + r.out());
        assertTrue(r.out().contains("instead: doctor (not offered here: "), r.out());
        assertFalse(r.out().contains("1 use \u00B7"), r.out());
        assertEquals(text, Files.readString(cues), "'1' is not an answer here; nothing changes");
    }
}
