package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour, scripted against the packaged jar in a temporary git repository:
 * init → check → review → baseline → pre-commit → HTML report, each step's output and exit code.
 */
class FirstHourIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path repo;

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Run exec(String stdin, Map<String, String> env, List<String> command) throws Exception {
        Path in = Files.createTempFile("in", ".txt");
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            Files.writeString(in, stdin);
            ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectInput(in.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            pb.environment().put("HOME", repo.toString());
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(in);
            Files.delete(out);
            Files.delete(err);
        }
    }

    private Run lihaaz(String stdin, String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PROJECT.resolve("target/lihaaz.jar").toString()));
        c.addAll(List.of(args));
        return exec(stdin, Map.of(), c);
    }

    private void git(String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of("git", "-c", "user.name=New", "-c", "user.email=new@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        c.addAll(List.of(args));
        Run r = exec("", Map.of(), c);
        assertEquals(0, r.code(), c + ": " + r);
    }

    @Test
    void initCheckReviewBaselinePreCommitAndHtmlReport() throws Exception {
        Files.createDirectories(repo.resolve("drafts"));
        Files.writeString(repo.resolve("drafts/appeal.md"), "# Appeal\n\nA spokesman said more help was coming.\n");
        Files.writeString(repo.resolve("drafts/camp.md"), "# Camp\n\nThe policeman opened the camp.\n");
        git("init", "-q");

        Run init = lihaaz("", "init");
        assertEquals(0, init.code(), init::toString);
        assertEquals("Wrote ./.lihaaz.yml. Edit it, then run 'lihaaz check'.\n", init.out());

        Run check = lihaaz("", "check", "drafts");
        assertEquals(1, check.code(), check::toString);
        assertTrue(check.out().contains("drafts/appeal.md\n  3:3  warning    Say 'spokesperson'"), check.out());
        assertTrue(check.out().contains("gender.policeman"), check.out());
        assertTrue(check.out().contains("\u2716 2 findings (2 warnings) in 2 of 2 files checked"), check.out());

        Run review = lihaaz("1\n", "review", "drafts/appeal.md");
        assertEquals(0, review.code(), review::toString);
        assertTrue(review.out().contains("1 change saved in 1 file"), review.out());
        assertEquals("# Appeal\n\nA spokesperson said more help was coming.\n",
                Files.readString(repo.resolve("drafts/appeal.md")));

        Run write = lihaaz("", "check", "--write-baseline", ".lihaaz-baseline.json", "drafts");
        assertEquals(0, write.code(), write::toString);
        assertTrue(write.err().contains("notice: wrote 1 finding(s) to the baseline .lihaaz-baseline.json"), write.err());
        Files.writeString(repo.resolve(".lihaaz.yml"), Files.readString(repo.resolve(".lihaaz.yml"))
                + "baseline: .lihaaz-baseline.json\n");
        Run known = lihaaz("", "check", "drafts");
        assertEquals(0, known.code(), known::toString);
        assertTrue(known.err().contains("1 known finding left out (listed in the baseline .lihaaz-baseline.json)"),
                known.err());
        assertTrue(known.out().contains("No findings"), known.out());
        git("add", "-A");
        git("commit", "-q", "-m", "drafts, configuration and baseline");

        // pre-commit runs the hook's entry on the staged files its pattern selects, from the top folder.
        Files.writeString(repo.resolve("drafts/talk.srt"), "1\n00:00:01,000 --> 00:00:03,000\nThe firemen came.\n");
        Files.writeString(repo.resolve("drafts/data.json"), "{\"fireman\": 1}\n");
        git("add", "-A");
        JsonNode hook = new ObjectMapper(new YAMLFactory()).readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile())
                .get(1);
        assertEquals("lihaaz-system", hook.get("id").asText());
        List<String> entry = new ArrayList<>(List.of("env"));
        entry.addAll(List.of(hook.get("entry").asText().split(" ")));
        Pattern files = Pattern.compile(hook.get("files").asText());
        for (String staged : List.of("drafts/camp.md", "drafts/talk.srt", "drafts/data.json")) {
            if (files.matcher(staged).find()) {
                entry.add(staged);
            }
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", PROJECT + ":" + System.getenv("PATH"));
        Run hookRun = exec("", env, entry);
        assertEquals(1, hookRun.code(), hookRun::toString);
        assertTrue(hookRun.out().contains("drafts/talk.srt") && hookRun.out().contains("gender.fireman"), hookRun.out());
        assertFalse(hookRun.out().contains("policeman") || hookRun.out().contains("data.json"), hookRun.out());
        assertTrue(hookRun.err().contains("1 known finding left out"), hookRun.err());

        Run html = lihaaz("", "check", "--format", "html", "-o", "report.html", "drafts");
        assertEquals(1, html.code(), html::toString);
        assertEquals("", html.out());
        String page = Files.readString(repo.resolve("report.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("drafts/talk.srt") && page.contains("firemen"),
                page.substring(0, Math.min(500, page.length())));
        assertFalse(page.contains("policeman"), "the baseline applies to the report too");
    }
}
