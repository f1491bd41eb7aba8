package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** --write-baseline and --baseline, end to end. */
class BaselineTest {
    @TempDir
    Path dir;

    private static List<String> found(Cli.Run r) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.json().get("files")) {
            for (JsonNode x : f.get("findings")) {
                out.add(x.get("rule").asText() + "@" + x.get("line").asInt() + ":" + x.get("match").asText());
            }
        }
        return out;
    }

    @Test
    void roundTripReportsOnlyTheNewFindingAfterAnUnrelatedEdit() throws Exception {
        Path post = dir.resolve("drafts/post.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "# Camp\n\nThe fireman visited the camp.\n\nA spokesman said more help was coming.\n");
        Path baseline = dir.resolve(".lihaaz-baseline.json");

        Cli.Run write = Cli.run("check", "--write-baseline", baseline.toString(), "--format", "json", post.toString());
        assertEquals(0, write.code(), "adopting: findings are accepted, so the run passes\n" + write);
        assertEquals(2, found(write).size(), "the report still shows today's findings");
        assertTrue(write.err().contains("wrote 2 finding(s) to the baseline"), write.err());
        JsonNode file = new ObjectMapper().readTree(Files.readString(baseline));
        assertEquals(1, file.get("version").asInt());
        assertEquals("drafts/post.md", file.at("/findings/0/path").asText(), "relative to the baseline's folder");

        Cli.Run same = Cli.run("check", "--baseline", baseline.toString(), "--format", "json", post.toString());
        assertEquals(0, same.code(), same::toString);
        assertEquals(List.of(), found(same));

        // Edit an unrelated part: a new paragraph at the top moves every line down; add one new finding.
        Files.writeString(post, "# Camp\n\nAn introduction that pushes everything down.\nIt has two lines.\n\n"
                + "The fireman visited the camp.\n\nA spokesman said more help was coming.\n\n"
                + "The firemen arrived at noon.\n");
        Cli.Run after = Cli.run("check", "--baseline", baseline.toString(), "--format", "json", post.toString());
        assertEquals(1, after.code(), after::toString);
        assertEquals(List.of("gender.fireman@10:firemen"), found(after));
        assertTrue(after.err().contains("notice: 2 known findings left out (listed in the baseline " + baseline + ")"),
                "the run says what the baseline hid\n" + after.err());
        assertTrue(Cli.run("check", "-q", "--baseline", baseline.toString(), post.toString()).err().isEmpty(),
                "--quiet leaves the notice out");
    }

    @Test
    void theConfigurationCanNameTheBaseline() throws Exception {
        Path post = dir.resolve("drafts/post.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "A spokesman said more help was coming.\n");
        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "baseline: known.json\n");
        // The first run writes the baseline the configuration names, which does not exist yet.
        Cli.Run write = Cli.run("check", "--config", config.toString(), "--write-baseline", dir.resolve("known.json").toString(),
                post.toString());
        assertEquals(0, write.code(), write::toString);
        Cli.Run known = Cli.run("check", "--config", config.toString(), post.toString());
        assertEquals(0, known.code(), known::toString);
        assertTrue(known.err().contains("1 known finding left out (listed in the baseline " + dir.resolve("known.json")),
                known.err());
        Files.delete(dir.resolve("known.json"));
        Cli.Run missing = Cli.run("check", "--config", config.toString(), post.toString());
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().contains("known.json: no such baseline file"), missing.err());
    }

    @Test
    void theSameWordingOnceMoreThanRecordedIsNew() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "The fireman spoke.\n\nThe fireman spoke.\n");
        Path baseline = dir.resolve("base.json");
        assertEquals(0, Cli.run("check", "--write-baseline", baseline.toString(), post.toString()).code());
        assertTrue(Files.readString(baseline).contains("\"count\":2"), Files.readString(baseline));
        Files.writeString(post, "The fireman spoke.\n\nThe fireman spoke.\n\nThe fireman spoke.\n");
        Cli.Run r = Cli.run("check", "--baseline", baseline.toString(), "--format", "json", post.toString());
        assertEquals(List.of("gender.fireman@5:fireman"), found(r), "the later repeat is the new one");
    }

    @Test
    void theBaselineWorksFromAnotherWorkingFolderSpelling() throws Exception {
        Path post = dir.resolve("a/post.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, "The fireman spoke.\n");
        Path baseline = dir.resolve("base.json");
        assertEquals(0, Cli.run("check", "--write-baseline", baseline.toString(), post.toString()).code());
        String roundabout = dir.resolve("a/../a/./post.md").toString();
        assertEquals(0, Cli.run("check", "--baseline", baseline.toString(), roundabout).code());
    }

    @Test
    void aBrokenOrMissingBaselineIsAOneLineErrorNamingTheFile() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "The fireman spoke.\n");
        Cli.Run missing = Cli.run("check", "--baseline", dir.resolve("nope.json").toString(), post.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json: no such baseline file"), missing.err());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": 1, \"findings\": [{\"rule\": \"x\"}]}", StandardCharsets.UTF_8);
        Cli.Run bad = Cli.run("check", "--baseline", broken.toString(), post.toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("broken.json: findings[0]: \"path\" is missing"), bad.err());
        Files.writeString(broken, "{\"version\": 7, \"findings\": []}");
        assertTrue(Cli.run("check", "--baseline", broken.toString(), post.toString()).err().contains("version 7"));
        Files.writeString(broken, "{ not json");
        assertTrue(Cli.run("check", "--baseline", broken.toString(), post.toString()).err().contains("broken.json:1:"));
    }

    @Test
    void writingIsAtomicAndLeavesNoTemporaryFiles() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "The fireman spoke.\n");
        Path baseline = dir.resolve("out/base.json");
        assertEquals(0, Cli.run("check", "--write-baseline", baseline.toString(), post.toString()).code());
        try (var files = Files.list(baseline.getParent())) {
            assertEquals(List.of("base.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
