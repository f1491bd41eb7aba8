package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.SarifSchema;

/**
 * Runs the documented CI recipes as written: the GitHub Actions workflow in docs/ci.md (its
 * {@code run:} steps, in a temporary content repository, for a pull request and for a push) and the
 * hooks in .pre-commit-hooks.yaml (their entries with file names, as pre-commit calls them).
 */
class CiRecipesIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path repo;

    private record Run(int code, String out, String err) {
    }

    private static Run exec(Path dir, Map<String, String> env, List<String> command) throws Exception {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished: " + command);
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private void git(String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of("git", "-c", "user.name=CI", "-c", "user.email=ci@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        c.addAll(List.of(args));
        Run r = exec(repo, Map.of("HOME", repo.toString(), "GIT_CONFIG_NOSYSTEM", "1"), c);
        assertEquals(0, r.code(), c + ": " + r.err());
    }

    /** A content repository: main has an old finding; the pull request's branch adds one. */
    @BeforeEach
    void contentRepository() throws Exception {
        Files.createDirectories(repo.resolve("drafts"));
        Files.writeString(repo.resolve("drafts/old.md"), "# Old post\n\nThe policeman opened the camp.\n");
        Files.writeString(repo.resolve("drafts/clean.md"), "The chair opened the camp.\n");
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "old posts");
        git("update-ref", "refs/remotes/origin/main", "HEAD");
        git("checkout", "-q", "-b", "new-post");
        Files.writeString(repo.resolve("drafts/new.md"), "# New post\n\nA spokesman thanked the volunteers.\n");
        git("add", "-A");
        git("commit", "-q", "-m", "new post");
        // The workflow checks Lihaaz out into .lihaaz; here that is this project, already built.
        Files.createSymbolicLink(repo.resolve(".lihaaz"), PROJECT);
    }

    private static JsonNode workflow() throws Exception {
        String doc = Files.readString(PROJECT.resolve("docs/ci.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)```yaml\\n(name: Lihaaz\\n.*?)```").matcher(doc);
        assertTrue(m.find(), "docs/ci.md has the workflow");
        return YAML.readTree(m.group(1));
    }

    /** The outcome of each step that ran, by name, for one kind of event. */
    private Map<String, Run> runWorkflow(String event) throws Exception {
        JsonNode job = workflow().get("jobs").elements().next();
        Map<String, String> env = new HashMap<>();
        job.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("GITHUB_BASE_REF", event.equals("pull_request") ? "main" : "");
        env.put("GITHUB_EVENT_NAME", event);
        Map<String, Run> ran = new HashMap<>();
        for (JsonNode step : job.get("steps")) {
            if (!step.has("run") || !runs(step.path("if").asText(""), event)) {
                continue;
            }
            String script = step.get("run").asText();
            if (script.startsWith("mvn ")) {
                // The build step: Maven is building this very jar around the test.
                assertTrue(Files.exists(PROJECT.resolve("target/lihaaz.jar")));
                continue;
            }
            ran.put(step.get("name").asText(), exec(repo, env, List.of("bash", "-e", "-c", script)));
        }
        return ran;
    }

    /** The few step conditions the workflow uses; anything else fails, so the test keeps up with the doc. */
    private static boolean runs(String condition, String event) {
        if (condition.isEmpty() || condition.equals("always()")) {
            return true;
        }
        Matcher m = Pattern.compile("github\\.event_name (==|!=) '(\\w+)'").matcher(condition);
        assertTrue(m.matches(), "unknown step condition: " + condition);
        return m.group(1).equals("==") == m.group(2).equals(event);
    }

    private static List<String> annotations(Run r) {
        return r.out().lines().filter(l -> l.startsWith("::")).toList();
    }

    @Test
    void workflowOnAPullRequestUploadsValidSarifAndAnnotatesOnlyWhatItAdds() throws Exception {
        Map<String, Run> ran = runWorkflow("pull_request");
        Run sarifStep = ran.get("Check wording for code scanning");
        assertEquals(0, sarifStep.code(), sarifStep.err());
        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("lihaaz.sarif").toFile());
        assertEquals(List.of(), SarifSchema.violations(sarif));
        assertEquals(2, sarif.at("/runs/0/results").size(), "code scanning sees every finding");

        Run annotate = ran.get("Annotate wording the pull request adds");
        assertEquals(1, annotate.code(), annotate.err());
        List<String> lines = annotations(annotate);
        assertEquals(1, lines.size(), annotate.out());
        assertTrue(lines.get(0).startsWith("::warning file=drafts/new.md,line=3,col=3,endColumn=12,"), lines.get(0));
        assertTrue(!ran.containsKey("Fail on warnings"));
    }

    @Test
    void workflowOnAPushFailsOnEveryWarning() throws Exception {
        Map<String, Run> ran = runWorkflow("push");
        Run fail = ran.get("Fail on warnings");
        assertEquals(1, fail.code(), fail.err());
        assertEquals(2, annotations(fail).size(), fail.out());
        assertTrue(!ran.containsKey("Annotate wording the pull request adds"));
    }

    private static JsonNode hooks() throws Exception {
        return YAML.readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile());
    }

    /**
     * A hook's command for a list of files, as pre-commit builds it: only the files its {@code files}
     * pattern selects (Python's re.search), appended to the entry, which is looked up on the hook's PATH.
     */
    private Run runHook(JsonNode hook, List<String> staged) throws Exception {
        List<String> entry = new ArrayList<>(List.of("env"));
        entry.addAll(List.of(hook.get("entry").asText().split(" ")));
        Map<String, String> env = new HashMap<>();
        switch (hook.get("language").asText()) {
            // pre-commit resolves a script entry inside the hook's repository.
            case "script" -> entry.set(1, PROJECT.resolve(entry.get(1)).toString());
            case "system" -> env.put("PATH", PROJECT + ":" + System.getenv("PATH"));
            default -> throw new AssertionError("unexpected hook language: " + hook);
        }
        Pattern files = Pattern.compile(hook.get("files").asText());
        staged.stream().filter(f -> files.matcher(f).find()).forEach(entry::add);
        return exec(repo, env, entry);
    }

    @Test
    void preCommitHooksRunAsPreCommitRunsThem() throws Exception {
        assertEquals(2, hooks().size());
        for (JsonNode hook : hooks()) {
            Run r = runHook(hook, List.of("drafts/new.md", "drafts/clean.md"));
            assertEquals(1, r.code(), hook.get("id") + ": " + r.err());
            assertTrue(r.out().contains("drafts/new.md") && r.out().contains("spokesman"), r.out());
            assertEquals(0, runHook(hook, List.of("drafts/clean.md")).code(), hook.get("id").asText());
        }
    }

    /** Every {@code rev:} the documentation shows is a full commit id (a placeholder) or a tag that exists. */
    @Test
    void theDocumentedRevisionIsOneThatExistsOrACommitId() throws Exception {
        int seen = 0;
        for (String doc : List.of("docs/ci.md", ".pre-commit-hooks.yaml", "README.md")) {
            Matcher m = Pattern.compile("\\brev: (\\S+)").matcher(Files.readString(PROJECT.resolve(doc)));
            while (m.find()) {
                seen++;
                String rev = m.group(1);
                if (!rev.matches("[0-9a-f]{40}")) {
                    Run tag = exec(PROJECT, Map.of(), List.of("git", "tag", "--list", rev));
                    assertEquals(rev, tag.out().strip(), doc + " names rev " + rev + ", which is not a tag");
                }
            }
        }
        assertTrue(seen >= 2, "the docs show a rev");
    }

    @Test
    void theHooksSelectEveryFormatLihaazReadsAndNothingElse() throws Exception {
        for (JsonNode hook : hooks()) {
            assertTrue(hook.path("types").toString().contains("file") && !hook.has("types_or"), hook.toString());
            Pattern files = Pattern.compile(hook.get("files").asText());
            for (org.lihaaz.format.Format f : org.lihaaz.format.Format.values()) {
                for (String ext : f.extensions()) {
                    assertTrue(files.matcher("drafts/a." + ext).find(), ext);
                    assertTrue(files.matcher("drafts/A." + ext.toUpperCase(java.util.Locale.ROOT)).find(), ext);
                }
            }
            for (String other : List.of("src/Main.java", "notes.md.bak", "a.json", "picture.png", "mdfile")) {
                assertTrue(!files.matcher(other).find(), other);
            }
        }
    }

    @Test
    void theHooksFollowTheRepositorysFailOnAndBaseline() throws Exception {
        Files.writeString(repo.resolve("drafts/talk.srt"), "1\n00:00:01,000 --> 00:00:03,000\nA spokesman spoke.\n");
        for (JsonNode hook : hooks()) {
            Files.writeString(repo.resolve(".lihaaz.yml"), "fail-on: error\n");
            Run lenient = runHook(hook, List.of("drafts/new.md", "drafts/talk.srt"));
            assertEquals(0, lenient.code(), hook.get("id") + ": fail-on error lets warnings pass\n" + lenient.err());
            assertTrue(lenient.out().contains("spokesman") && lenient.out().contains("drafts/talk.srt"), lenient.out());

            Files.writeString(repo.resolve(".lihaaz.yml"), "baseline: .lihaaz-baseline.json\n");
            Run write = exec(repo, Map.of(), List.of(PROJECT.resolve("lihaaz").toString(), "check", "--write-baseline",
                    ".lihaaz-baseline.json", "drafts/"));
            assertEquals(0, write.code(), write.err());
            Run known = runHook(hook, List.of("drafts/new.md", "drafts/talk.srt", "drafts/old.md"));
            assertEquals(0, known.code(), hook.get("id") + ": the baseline lists every finding\n" + known.err());
            assertTrue(known.err().contains("3 known findings left out (listed in the baseline .lihaaz-baseline.json)"),
                    known.err());
            Files.writeString(repo.resolve("drafts/clean.md"), "A spokesman opened the camp.\n");
            Run fresh = runHook(hook, List.of("drafts/clean.md", "drafts/new.md"));
            assertEquals(1, fresh.code(), hook.get("id") + ": a new finding fails\n" + fresh.err());
            assertTrue(fresh.err().contains("1 known finding left out"), fresh.err());
            Files.writeString(repo.resolve("drafts/clean.md"), "The chair opened the camp.\n");
            Files.delete(repo.resolve(".lihaaz-baseline.json"));
        }
    }

    /**
     * The hooks file run by pre-commit itself ({@code pre-commit try-repo}, which reads this
     * project's .pre-commit-hooks.yaml as a user's configuration would), where pre-commit is
     * installed (.ci/run installs it). The system hook is used so that no second build is made.
     */
    @Test
    void preCommitItselfRunsTheSystemHookOnTheStagedFilesWithTheRepositorysConfiguration() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(exec(repo, Map.of(), List.of("sh", "-c",
                "command -v pre-commit")).code() == 0, "pre-commit is not installed");
        Files.writeString(repo.resolve("drafts/talk.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nA spokesman spoke.\n");
        Files.writeString(repo.resolve("drafts/notes.json"), "{\"spokesman\": 1}\n");
        git("add", "-A");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", PROJECT + ":" + System.getenv("PATH"));
        env.put("PRE_COMMIT_HOME", repo.resolve(".pre-commit-cache").toString());
        env.put("HOME", repo.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        List<String> tryRepo = List.of("pre-commit", "try-repo", PROJECT.toString(), "lihaaz-system");
        Run failing = exec(repo, env, tryRepo);
        assertEquals(1, failing.code(), failing.out() + failing.err());
        assertTrue(failing.out().contains("drafts/talk.vtt") && failing.out().contains("spokesman"), failing.out());
        assertTrue(!failing.out().contains("notes.json"), failing.out());

        Files.writeString(repo.resolve(".lihaaz.yml"), "fail-on: error\n");
        git("add", "-A");
        Run passing = exec(repo, env, tryRepo);
        assertEquals(0, passing.code(), passing.out() + passing.err());
    }
}
