package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** What a new user sees when a word, a value or a path is wrong: one line, the reason, the nearest name. */
class MessagesTest {
    @TempDir
    Path dir;

    private Path post() throws Exception {
        Path post = dir.resolve("post.md");
        Files.writeString(post, "A spokesman said more help was coming.\n");
        return post;
    }

    @Test
    void anUnknownCommandIsNamedWithTheNearestOne() {
        Cli.Run r = Cli.run("chek", "drafts/");
        assertEquals(2, r.code());
        assertEquals("lihaaz: unknown command 'chek'; did you mean 'check'?\nTry 'lihaaz --help' for more.\n", r.err());
        Cli.Run sub = Cli.run("rules", "expalin", "gender.chairman");
        assertEquals(2, sub.code());
        assertTrue(sub.err().startsWith("lihaaz: unknown command 'expalin'; did you mean 'explain'?\n"), sub.err());
        assertTrue(Cli.run("deploy").err().startsWith("lihaaz: unknown command 'deploy'\n"), "no far-fetched guess");
    }

    @Test
    void unknownRulesAndPacksSuggestTheNearest() throws Exception {
        Cli.Run explain = Cli.run("rules", "explain", "gender.chairmen");
        assertEquals(2, explain.code());
        assertEquals("lihaaz: no rule or concept is called 'gender.chairmen'; did you mean 'gender.chairman'?\n", explain.err());
        assertTrue(Cli.run("rules", "explain", "gender").err().contains("'gender' is a pack, not a rule"));
        assertTrue(Cli.run("rules", "list", "--pack", "gendr").err().contains("did you mean 'gender'?"));

        Cli.Run disable = Cli.run("check", "--disable", "gendr", post().toString());
        assertEquals(2, disable.code());
        assertEquals("lihaaz: --disable gendr: no rule or pack is called 'gendr'; did you mean 'gender'?\n", disable.err());
        Cli.Run enable = Cli.run("check", "--enable", "x", post().toString());
        assertFalse(enable.err().contains(":1:1:"), enable.err());

        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "rules:\n  gender.spokesmen: off\n");
        Cli.Run cfg = Cli.run("check", "--config", config.toString(), post().toString());
        assertEquals(2, cfg.code());
        assertTrue(cfg.err().contains(config + ":2:3: no rule or pack is called 'gender.spokesmen'; did you mean"
                + " 'gender.spokesman'?"), cfg.err());
    }

    @Test
    void everyOptionWithChoicesIsCaseInsensitiveAndRefusesAlike() throws Exception {
        String post = post().toString();
        assertEquals(0, Cli.run("check", "--format", "JSON", "--fail-on", "Error", "--lang", "EN", "--sureness", "High",
                "--messages", "EN", post).code());
        assertEquals("lihaaz: --format must be human, json, sarif, github, checkstyle, junit, rdjson, csv, html or line, not"
                + " 'jsno'; did you mean 'json'?\n", Cli.run("check", "--format", "jsno", post).err());
        assertEquals("lihaaz: --fail-on must be suggestion, warning, error or never, not 'eror'; did you mean 'error'?\n",
                Cli.run("check", "--fail-on", "eror", post).err());
        assertEquals("lihaaz: --lang must be auto, en, ur or roman-ur, not 'urdu'; did you mean 'ur'?\n",
                Cli.run("check", "--lang", "urdu", post).err());
        assertEquals("lihaaz: --sureness must be low, medium or high, not 'hihg'; did you mean 'high'?\n",
                Cli.run("check", "--sureness", "hihg", post).err());
        assertEquals("lihaaz: --messages must be native or en, not 'fr'\n", Cli.run("check", "--messages", "fr", post).err());
        Files.writeString(dir.resolve(".lihaaz.yml"), "fail-on: Warnng\n");
        Cli.Run cfg = Cli.run("check", "--config", dir.resolve(".lihaaz.yml").toString(), post);
        assertTrue(cfg.err().contains("fail-on must be suggestion, warning, error or never, not 'Warnng'; did you mean"
                + " 'warning'?"), cfg.err());
        Files.writeString(dir.resolve(".lihaaz.yml"), "fail-on: ERROR\n");
        assertEquals(0, Cli.run("check", "--config", dir.resolve(".lihaaz.yml").toString(), post).code());
    }

    @Test
    void badPathsAndNumbersSayWhatIsWrong() throws Exception {
        Cli.Run out = Cli.run("check", "-o", dir.resolve("missing/dir/r.html").toString(), "--format", "html",
                post().toString());
        assertEquals(2, out.code());
        assertEquals("lihaaz: cannot write the report: the folder " + dir.resolve("missing/dir") + " does not exist\n",
                out.err());
        Cli.Run threads = Cli.run("check", "--threads", "0", post().toString());
        assertEquals(2, threads.code());
        assertTrue(threads.err().startsWith("lihaaz: --threads must be 1 or more, not 0"), threads.err());
        Cli.Run stdinName = Cli.runWithInput("A spokesman said.\n", "check", "--stdin-filename", "x.md", post().toString());
        assertEquals(2, stdinName.code());
        assertTrue(stdinName.err().contains("--stdin-filename names standard input, but no '-' is among the paths"));
        Cli.Run named = Cli.runWithInput("A spokesman said.\n", "check", "--format", "json", "--stdin-filename", "x.md");
        assertEquals(1, named.code(), named::toString);
        assertEquals("x.md", named.json().at("/files/0/path").asText(), "--stdin-filename alone reads standard input");
    }

    @Test
    void aYamlSyntaxErrorKeepsTheExplanationAndPointsWhereTheBracketOpened() throws Exception {
        Path config = dir.resolve(".lihaaz.yml");
        Files.writeString(config, "allow: [Chairman, Spokesman\nfail-on: error\n");
        Cli.Run r = Cli.run("check", "--config", config.toString(), post().toString());
        assertEquals(2, r.code());
        assertEquals("lihaaz: " + config + ":1:8: not valid YAML: expected ',' or ']', but got : (while parsing a flow"
                + " sequence that starts here; the problem shows at line 2, column 8)\n", r.err());
    }

    private record Run(int code, String out, String err) {
    }

    /** The real process, since whether standard input is a pipe is a property of the process. */
    private Run process(ProcessBuilder.Redirect stdin, String... args) throws Exception {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.lihaaz.cli.Main"));
        c.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process p = new ProcessBuilder(c).directory(dir.toFile()).redirectInput(stdin).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void withNoPathAPipeOrFileOnStandardInputIsCheckedAndNothingElse() throws Exception {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/a.md"), "The policeman spoke.\n");
        Path piped = Files.createTempFile("piped", ".txt");
        Files.writeString(piped, "A spokesman said.\n");
        Run fromFile = process(ProcessBuilder.Redirect.from(piped.toFile()), "check", "--format", "json");
        Files.delete(piped);
        assertEquals(1, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("\"path\": \"<stdin>\"") && !fromFile.out().contains("policeman"),
                fromFile.out());
        Run nothing = process(ProcessBuilder.Redirect.from(new File("/dev/null")), "check", "--format", "json");
        assertTrue(nothing.out().contains("drafts/a.md") && nothing.out().contains("policeman"),
                "no pipe: the current folder\n" + nothing.out() + nothing.err());
    }

    @Test
    void helpTextsEndTheirSentencesAndKeepFileNamesWhole() {
        List<List<String>> commands = List.of(List.of(), List.of("check"), List.of("review"), List.of("rules"),
                List.of("rules", "list"), List.of("rules", "explain"), List.of("rules", "test"), List.of("rules", "new"),
                List.of("init"), List.of("completion"));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command + ": " + r);
            boolean inCommands = false;
            String entry = null;
            for (String line : r.out().lines().toList()) {
                assertFalse(line.endsWith(" .") || line.strip().matches("^(lihaaz\\.yml|lihaazignore|gitignore)\\b.*"),
                        command + ": a name broken at its dot: " + line);
                if (line.equals("Commands:")) {
                    inCommands = true;
                } else if (inCommands && line.matches("^  \\S.*")) {
                    assertTrue(entry == null || entry.endsWith("."), command + ": stops mid-sentence: " + entry);
                    entry = line;
                } else if (inCommands && line.matches("^\\s{3,}\\S.*")) {
                    entry = entry + " " + line.strip();
                } else {
                    inCommands = false;
                }
            }
            assertTrue(entry == null || entry.endsWith("."), command + ": stops mid-sentence: " + entry);
        }
    }

    @Test
    void aBrokenConfigurationInOneFolderCostsOnlyThatFolder() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("c"));
        for (String f : List.of("a/x.md", "b/y.md", "c/z.md")) {
            Files.writeString(dir.resolve(f), "A spokesman said more help was coming.\n");
        }
        Files.writeString(dir.resolve("b/.lihaaz.yml"), "fail_on: error\n");
        Files.writeString(dir.resolve("c/.lihaaz.yml"), "rules:\n  gender.spokesmen: off\n");
        Cli.Run r = Cli.run("check", "--format", "json", dir.toString());
        assertEquals(2, r.code(), r::toString);
        List<String> paths = new ArrayList<>();
        r.json().get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertEquals(List.of(dir.resolve("a/x.md").toString(), dir.resolve("b").toString(), dir.resolve("c").toString()),
                paths, "the good folder is checked; each broken one is reported under its own name");
        assertEquals(1, r.json().at("/files/0/findings").size());
        assertTrue(r.err().contains(dir.resolve("b/.lihaaz.yml") + ":1:1: unknown key 'fail_on' in the configuration;"
                + " did you mean 'fail-on'?"), r.err());
        assertTrue(r.err().contains("no rule or pack is called 'gender.spokesmen'; did you mean 'gender.spokesman'?"
                + " (nothing under this folder was checked)"), r.err());
        Cli.Run options = Cli.run("check", "--disable", "nonsense", dir.toString());
        assertEquals(2, options.code());
        assertEquals("", options.out(), "a wrong option is the whole run's error, not each folder's");
    }
}
