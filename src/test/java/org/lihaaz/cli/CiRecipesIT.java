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

    @Test
    void preCommitHooksRunAsPreCommitRunsThem() throws Exception {
        JsonNode hooks = YAML.readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile());
        assertEquals(2, hooks.size());
        for (JsonNode hook : hooks) {
            // Through env, so the command is looked up on the hook's PATH, as pre-commit does.
            List<String> entry = new ArrayList<>(List.of("env"));
            entry.addAll(List.of(hook.get("entry").asText().split(" ")));
            Map<String, String> env = new HashMap<>();
            switch (hook.get("language").asText()) {
                // pre-commit resolves a script entry inside the hook's repository.
                case "script" -> entry.set(1, PROJECT.resolve(entry.get(1)).toString());
                case "system" -> env.put("PATH", PROJECT + ":" + System.getenv("PATH"));
                default -> throw new AssertionError("unexpected hook language: " + hook);
            }
            List<String> withFindings = new ArrayList<>(entry);
            withFindings.addAll(List.of("drafts/new.md", "drafts/clean.md"));
            Run r = exec(repo, env, withFindings);
            assertEquals(1, r.code(), hook.get("id") + ": " + r.err());
            assertTrue(r.out().contains("drafts/new.md") && r.out().contains("spokesman"), r.out());
            List<String> clean = new ArrayList<>(entry);
            clean.add("drafts/clean.md");
            assertEquals(0, exec(repo, env, clean).code(), hook.get("id").asText());
            assertTrue(hook.get("types_or").toString().contains("markdown"));
        }
    }
}
