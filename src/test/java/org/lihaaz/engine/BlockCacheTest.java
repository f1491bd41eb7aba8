package org.lihaaz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lihaaz.finding.Finding;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;

class BlockCacheTest {
    static Lihaaz engine;

    @BeforeAll
    static void build() {
        engine = Lihaaz.builder().build();
    }

    /** Everything a report says about a finding, positions included. */
    private static List<String> summary(FileReport r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.ruleId() + "@" + f.start() + "-" + f.end() + "/" + f.sourceStart() + "-" + f.sourceEnd() + " "
                    + f.match() + " " + f.suggestions() + " " + f.anchor() + " " + f.wordBefore() + " "
                    + (f.excerpt() == null ? null : f.excerpt().text() + f.excerpt().start()));
        }
        out.add("language " + r.language());
        return out;
    }

    private static final String[] PARAGRAPHS = {
        "Every fireman came.", "The handicapped workers met.", "She is a crazy person.",
        "A policeman and a fireman 😀 spoke.", "ایک پولیس والا آیا۔", "Nothing to see here.",
        "<!-- lihaaz-disable-next-line gender.fireman -->\nA fireman again.", "* a list with a fireman\n* and more",
    };

    @Test
    void editedTextsGetTheReportOfAFullCheckReusingUnchangedBlocks() {
        Random random = new Random(14);
        for (Format format : List.of(Format.MARKDOWN, Format.TEXT, Format.HTML)) {
            BlockCache cache = new BlockCache();
            List<String> paragraphs = new ArrayList<>(List.of(PARAGRAPHS));
            for (int round = 0; round < 40; round++) {
                // One edit: change, insert, delete or move a paragraph.
                int i = random.nextInt(paragraphs.size());
                switch (random.nextInt(4)) {
                    case 0 -> paragraphs.set(i, paragraphs.get(i) + " A fireman.");
                    case 1 -> paragraphs.add(i, PARAGRAPHS[random.nextInt(PARAGRAPHS.length)]);
                    case 2 -> {
                        if (paragraphs.size() > 2) {
                            paragraphs.remove(i);
                        }
                    }
                    default -> paragraphs.add(paragraphs.remove(i));
                }
                String text = String.join("\n\n", paragraphs) + "\n";
                Input input = Input.ofText("draft", text, format);
                FileReport incremental = engine.check(input, cache, () -> false);
                assertEquals(summary(engine.check(input)), summary(incremental), format + " round " + round + ":\n" + text);
            }
        }
    }

    @Test
    void onlyChangedBlocksAreCheckedAgain() {
        BlockCache cache = new BlockCache();
        String text = String.join("\n\n", PARAGRAPHS) + "\n";
        engine.check(Input.ofText("d.md", text), cache, () -> false);
        assertEquals(0, cache.reusedBlocks());
        int blocks = cache.checkedBlocks();
        assertTrue(blocks >= PARAGRAPHS.length);
        // One word changed in the first paragraph: every other block moves, none is checked again.
        FileReport r = engine.check(Input.ofText("d.md", text.replace("Every fireman", "Every single fireman")), cache,
                () -> false);
        assertEquals(1, cache.checkedBlocks());
        assertEquals(blocks - 1, cache.reusedBlocks());
        assertEquals(summary(engine.check(Input.ofText("d.md", text.replace("Every fireman", "Every single fireman")))),
                summary(r));
    }

    @Test
    void aStoppedCheckEndsAndKeepsThePreviousBlocks() {
        BlockCache cache = new BlockCache();
        String text = String.join("\n\n", PARAGRAPHS) + "\n";
        engine.check(Input.ofText("d.md", text), cache, () -> false);
        int[] asked = {0};
        assertThrows(CancellationException.class,
                () -> engine.check(Input.ofText("d.md", "Changed.\n\n" + text), cache, () -> ++asked[0] > 2));
        assertEquals(3, asked[0]);
        engine.check(Input.ofText("d.md", text), cache, () -> false);
        assertEquals(0, cache.checkedBlocks());
    }
}
