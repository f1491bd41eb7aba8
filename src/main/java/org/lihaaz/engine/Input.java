package org.lihaaz.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.lihaaz.format.Format;

/**
 * One thing to check: a name for reports, the format to read it as, and where its bytes come from.
 */
public final class Input {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final String name;
    private final Format format;
    private final Path path;
    private final byte[] bytes;

    private Input(String name, Format format, Path path, byte[] bytes) {
        this.name = Objects.requireNonNull(name);
        this.format = Objects.requireNonNull(format);
        this.path = path;
        this.bytes = bytes;
    }

    /** Text held in memory; the format follows the name's extension (plain text when unknown). */
    public static Input ofText(String name, String text) {
        return new Input(name, Format.forFileNameOrText(name), null, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Input ofText(String name, String text, Format format) {
        return new Input(name, format, null, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Input ofBytes(String name, byte[] bytes, Format format) {
        return new Input(name, format, null, bytes.clone());
    }

    /** A file on disk, named {@code name} in reports. */
    public static Input ofFile(Path path, String name) {
        return new Input(name, Format.forFileNameOrText(path.getFileName().toString()), path, null);
    }

    public static Input ofFile(Path path, String name, Format format) {
        return new Input(name, format, path, null);
    }

    public String name() {
        return name;
    }

    public Format format() {
        return format;
    }

    /** The file behind this input, when it is one. */
    public Path path() {
        return path;
    }

    byte[] readBytes() throws IOException {
        if (bytes != null) {
            return bytes;
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new IOException("file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not checked");
        }
        return Files.readAllBytes(path);
    }
}
