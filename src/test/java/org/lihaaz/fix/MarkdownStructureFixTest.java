package org.lihaaz.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.engine.Input;
import org.lihaaz.engine.Lihaaz;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;
import org.lihaaz.testing.Cli;
import org.lihaaz.testing.Golden;

/**
 * Issue 16, item 3: {@code --fix} rewrites prose only, never what other parts of a Markdown file
 * find by its text: shortcut and collapsed reference link labels, footnote labels, headings that a
 * link points at by anchor, front-matter tags (unless the project lists them as prose). Those are
 * reported and left for a person.
 */
class MarkdownStructureFixTest {
    private static final Path DIR = Golden.resources("fix").resolve("markdown-structure");

    @TempDir
    Path dir;

    @Test
    void labelsLinkedHeadingsAndTagsAreReportedButNotRewritten() throws IOException {
        Path file = Files.copy(DIR.resolve("post.md"), dir.resolve("post.md"));
        Cli.Run run = Cli.run("check", "--fix", "--no-color", "--fail-on", "never",
                file.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals(Files.readString(DIR.resolve("post.after.md")), Files.readString(file), run::toString);
        // What was left is still reported: two labels, a footnote label, two linked headings, two tags.
        assertTrue(run.out().contains("8 findings"), run::toString);
    }

    @Test
    void eachFrozenFindingSaysWhyAndTheReviewWillNotRewriteItEither() throws IOException {
        String text = Files.readString(DIR.resolve("post.md"));
        Lihaaz engine = Lihaaz.builder().build();
        FileReport report = engine.check(Input.ofText("post.md", text, Format.MARKDOWN));
        List<Finding> frozen = report.findings().stream().filter(f -> f.notRewritable() != null).toList();
        assertEquals(8, frozen.size(), report.findings().toString());
        assertTrue(frozen.stream().anyMatch(f -> f.notRewritable().startsWith("a link label")));
        assertTrue(frozen.stream().anyMatch(f -> f.notRewritable().startsWith("a footnote label")));
        assertTrue(frozen.stream().anyMatch(f -> f.notRewritable().contains("(#the-policeman-heading)")));
        assertTrue(frozen.stream().anyMatch(f -> f.notRewritable().contains("(#fireman-notes)")));
        assertTrue(frozen.stream().anyMatch(f -> f.notRewritable().startsWith("a front-matter 'tags' value")));
        for (Finding f : frozen) {
            assertNotNull(FixPlanner.whyNotRewritable(text, f, f.suggestions().get(0)));
        }
        // Prose beside them is rewritten as before: the inline link's text, a full reference's text, the note's text.
        List<Finding> free = report.findings().stream().filter(f -> f.notRewritable() == null).toList();
        assertFalse(free.isEmpty());
        free.forEach(f -> assertNull(FixPlanner.whyNotRewritable(text, f, f.suggestions().get(0)), f.toString()));
    }

    @Test
    void tagsListedAsProseByTheProjectAreRewritten() throws IOException {
        Path file = Files.writeString(dir.resolve("tagged.md"), "---\ntags: [policeman]\n---\nText.\n");
        Files.writeString(dir.resolve(".lihaaz.yml"), "front-matter: [title, tags]\n");
        Cli.Run run = Cli.run("check", "--fix", "--no-color", "--fail-on", "never", file.toString());
        assertEquals(0, run.code(), run::toString);
        assertEquals("---\ntags: [police officer]\n---\nText.\n", Files.readString(file), run::toString);
    }
}
