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
    private final Path tree;

    private Input(String name, Format format, Path path, byte[] bytes, Path tree) {
        this.name = Objects.requireNonNull(name);
        this.format = Objects.requireNonNull(format);
        this.path = path;
        this.bytes = bytes;
        this.tree = tree;
    }

    /** Text held in memory; the format follows the name's extension (plain text when unknown). */
    public static Input ofText(String name, String text) {
        return new Input(name, Format.forFileNameOrText(name), null, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Input ofText(String name, String text, Format format) {
        return new Input(name, format, null, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Input ofBytes(String name, byte[] bytes, Format format) {
        return new Input(name, format, null, bytes.clone(), null);
    }

    /** A file on disk, named {@code name} in reports. */
    public static Input ofFile(Path path, String name) {
        return new Input(name, Format.forFileNameOrText(path.getFileName().toString()), path, null, null);
    }

    public static Input ofFile(Path path, String name, Format format) {
        return new Input(name, format, path, null, null);
    }

    /**
     * A file found inside a folder the user named.
     *
     * @param tree the real path of that folder: a rewrite of the file must stay inside it
     */
    public static Input ofFile(Path path, String name, Format format, Path tree) {
        return new Input(name, format, path, null, tree);
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

    /** The real path of the folder the user named that this file was found in; null when named itself. */
    public Path tree() {
        return tree;
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
