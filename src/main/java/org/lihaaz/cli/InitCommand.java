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
        if (!Files.isDirectory(dir)) {
            terminal.error("--dir " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder; create it first"));
            return ExitCodes.ERROR;
        }
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(file) && !force) {
            terminal.error(file + " already exists; use --force to overwrite it");
            return ExitCodes.ERROR;
        }
        try {
            Path tmp = Files.createTempFile(dir, ".lihaaz", ".tmp");
            Files.writeString(tmp, StarterConfig.TEXT, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
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
