package org.lihaaz.review;

import java.nio.file.Path;
import org.lihaaz.format.Format;
import org.lihaaz.report.FileReport;

/**
 * One file to review.
 *
 * @param path       where it is
 * @param report     its findings, with the text they point into
 * @param format     the format it was read as
 * @param config     the configuration file whose {@code allow:} list 'a' adds to, or null when none governs it
 */
public record ReviewFile(Path path, FileReport report, Format format, Path config) {
    /** The folder a new configuration file is written in when none governs the file. */
    public Path folder() {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
