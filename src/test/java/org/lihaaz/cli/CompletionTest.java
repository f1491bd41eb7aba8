package org.lihaaz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lihaaz.testing.Cli;

/** The completion script, run by bash as the shell would on Tab: values, rule ids, packs and paths. */
class CompletionTest {
    @TempDir
    Path dir;

    private List<String> complete(Path script, String... words) throws Exception {
        StringBuilder cmd = new StringBuilder("source '" + script + "' 2>/dev/null\ncd '" + dir + "'\nCOMP_WORDS=(");
        for (String w : words) {
            cmd.append('\'').append(w).append("' ");
        }
        cmd.append(")\nCOMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n")
                .append("_complete_lihaaz lihaaz \"${COMP_WORDS[-1]}\" \"${COMP_WORDS[-2]}\" 2>/dev/null\n")
                .append("printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        Process p = new ProcessBuilder("bash", "-c", cmd.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isEmpty()).sorted().toList();
    }

    @Test
    void bashCompletesValuesRuleIdsPacksAndPaths() throws Exception {
        Cli.Run r = Cli.run("completion");
        assertEquals(0, r.code());
        Path script = dir.resolve("lihaaz-completion.bash");
        Files.writeString(script, r.out());
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("draft-one.md"), "x\n");

        assertEquals(List.of("auto", "en", "roman-ur", "ur"), complete(script, "lihaaz", "check", "--lang", ""));
        assertEquals(List.of("en", "native"), complete(script, "lihaaz", "check", "--messages", ""),
                "each option has its own values");
        assertEquals(List.of("error", "never", "suggestion", "warning"), complete(script, "lihaaz", "check", "--fail-on", ""));
        assertTrue(complete(script, "lihaaz", "check", "--disable", "gender.chair").contains("gender.chairman"));
        assertEquals(List.of("gender.spokesman"), complete(script, "lihaaz", "rules", "explain", "gender.spokes"));
        assertEquals(List.of("gendered-job-title", "gendered-job-title-common"), complete(script, "lihaaz", "rules", "explain", "gendered-j"),
                "concepts complete too");
        assertEquals(List.of("gender"), complete(script, "lihaaz", "rules", "list", "--pack", "gend"));
        assertEquals(List.of("draft-one.md", "drafts"), complete(script, "lihaaz", "check", "draft"), "paths");
        assertEquals(List.of("draft-one.md", "drafts"), complete(script, "lihaaz", "review", "draft"));
        assertTrue(r.out().contains("complete -F _complete_lihaaz"), "zsh runs the same script through bashcompinit");
    }

    /**
     * zsh runs the bash script through bashcompinit, which calls the function with the words in
     * KSH_ARRAYS mode and hands COMPREPLY to compadd; compadd keeps the words that start with what
     * was typed, so the same filter is applied here.
     */
    private List<String> completeInZsh(Path script, String... words) throws Exception {
        StringBuilder cmd = new StringBuilder("autoload -U +X compinit && compinit -u -D\n"
                + "autoload -U +X bashcompinit && bashcompinit\nsource '" + script + "'\ncd '" + dir + "'\n"
                + "complete_in_sh() {\nemulate -L sh\nsetopt kshglob noshglob braceexpand\nCOMP_WORDS=(");
        for (String w : words) {
            cmd.append('\'').append(w).append("' ");
        }
        cmd.append(")\nCOMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n")
                .append("_complete_lihaaz lihaaz \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n")
                .append("printf '%s\\n' \"${COMPREPLY[@]}\"\n}\ncomplete_in_sh\n");
        Process p = new ProcessBuilder("zsh", "-f", "-c", cmd.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String typed = words[words.length - 1];
        return out.lines().filter(l -> !l.isEmpty() && l.startsWith(typed)).sorted().toList();
    }

    @Test
    void zshCompletesTheSameThroughBashcompinit() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("zsh"), "zsh is not installed (.ci/run installs it)");
        Cli.Run r = Cli.run("completion");
        Path script = dir.resolve("lihaaz-completion.bash");
        Files.writeString(script, r.out());
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("draft-one.md"), "x\n");

        assertEquals(List.of("auto", "en", "roman-ur", "ur"), completeInZsh(script, "lihaaz", "check", "--lang", ""));
        assertEquals(List.of("en", "native"), completeInZsh(script, "lihaaz", "check", "--messages", ""));
        assertEquals(List.of("gender.spokesman"), completeInZsh(script, "lihaaz", "rules", "explain", "gender.spokes"));
        assertTrue(completeInZsh(script, "lihaaz", "check", "--disable", "gender.chair").contains("gender.chairman"));
        assertEquals(List.of("draft-one.md", "drafts"), completeInZsh(script, "lihaaz", "check", "draft"), "paths");
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
