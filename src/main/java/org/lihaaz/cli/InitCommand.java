package org.lihaaz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.lihaaz.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented starter .lihaaz.yml in a folder (default: the current one).")
final class InitCommand implements Callable<Integer> {
    static final String STARTER = """
            # Lihaaz configuration. Lihaaz uses the nearest .lihaaz.yml above each checked file.
            # Every key is optional; unknown keys are errors. Docs: docs/configuration.md

            # Language of the text: auto (decide per paragraph), en, ur or roman-ur.
            language: auto

            # Lowest level that makes `lihaaz check` exit with 1: suggestion, warning, error or never.
            fail-on: warning

            # Turn whole packs on or off (see `lihaaz rules list`).
            packs:
              # tech: off

            # Change one rule's level, or turn it off (see `lihaaz rules explain ID`).
            rules:
              # gender.chairman: error
              # age.elderly: off

            # Terms this project accepts everywhere, e.g. an official title it must quote.
            allow:
              # - Chairman

            # Files not to check, as gitignore-style globs relative to this file.
            ignore:
              # - "archive/**"

            # Folders of your own rule packs (<folder>/<language>/<pack>.yml), relative to this file.
            extra-rules:
              # - style/rules
            """;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder to write .lihaaz.yml in.")
    Path dir = Path.of(".");

    @Option(names = "--force", description = "Overwrite an existing .lihaaz.yml.")
    boolean force;

    @Override
    public Integer call() {
        Terminal terminal = LihaazCommand.terminalOf(spec);
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(file) && !force) {
            terminal.error(file + " already exists; use --force to overwrite it");
            return ExitCodes.ERROR;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".lihaaz", ".tmp");
            Files.writeString(tmp, STARTER, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            terminal.error("cannot write " + file + ": " + e.getMessage());
            return ExitCodes.ERROR;
        }
        terminal.outWriter().println("Wrote " + file + ". Edit it, then run 'lihaaz check'.");
        return ExitCodes.OK;
    }
}
