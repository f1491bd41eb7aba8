package org.lihaaz.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file that configures a run (a configuration, a baseline) whole, but only a regular file
 * and only up to a limit: a link to {@code /dev/zero} would fill the heap and a pipe would wait for
 * ever, and either would be reported as something other than what it is.
 */
public final class SmallFile {
    private SmallFile() {
    }

    /**
     * @param what names the kind of file in the message when it is too large ("baseline file")
     * @throws IOException with a one-line reason when the file is not regular, too large or unreadable
     */
    public static byte[] read(Path file, int maxBytes, String what) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("not a regular file (a device or pipe?); not read");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException(what + " is larger than " + size(maxBytes) + "; not read");
        }
        return bytes;
    }

    private static String size(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
