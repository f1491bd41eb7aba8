package org.lihaaz.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The one-line explanation when the jar runs without the libraries its manifest lists in lib/
 * (lihaaz.jar copied alone): a stack trace of NoClassDefFoundError would not tell a user what to do.
 * Uses no library class, since those are what is missing.
 */
final class MissingLibraries {
    private MissingLibraries() {
    }

    static String message(NoClassDefFoundError e) {
        String missing = e.getMessage() == null ? "a class" : e.getMessage().replace('/', '.');
        Path lib = libFolder();
        String where = lib == null ? "the lib/ folder beside the jar"
                : lib + (Files.isDirectory(lib) ? " (it is there but incomplete)" : " (there is none)");
        return "cannot start: " + missing + " is missing; lihaaz.jar needs the libraries of its release archive in "
                + where + " — unpack the whole archive and run its bin/lihaaz";
    }

    /** lib/ beside the jar this class was loaded from, or null when not run from a jar. */
    private static Path libFolder() {
        try {
            CodeSource source = MissingLibraries.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.toAbsolutePath().getParent().resolve("lib") : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
