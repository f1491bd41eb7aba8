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
}
