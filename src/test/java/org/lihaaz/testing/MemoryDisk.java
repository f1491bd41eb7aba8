package org.lihaaz.testing;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.lihaaz.fix.Disk;

/** A {@link Disk} held in memory, so fuzz targets can rewrite thousands of files a second. */
public final class MemoryDisk implements Disk {
    private final Map<Path, byte[]> files = new HashMap<>();
    private int temps;

    public void put(Path file, byte[] bytes) {
        files.put(file, bytes.clone());
    }

    public byte[] get(Path file) {
        byte[] b = files.get(file);
        return b == null ? null : b.clone();
    }

    /** How many files there are, temporary ones included. */
    public int size() {
        return files.size();
    }

    @Override
    public byte[] read(Path file) throws IOException {
        byte[] b = files.get(file);
        if (b == null) {
            throw new NoSuchFileException(file.toString());
        }
        return b.clone();
    }

    @Override
    public Path realPath(Path file) throws IOException {
        if (!files.containsKey(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return file;
    }

    @Override
    public Path createTemp(Path folder, String prefix) {
        Path p = (folder == null ? Path.of("") : folder).resolve(prefix + (temps++) + ".tmp");
        files.put(p, new byte[0]);
        return p;
    }

    @Override
    public void writeSynced(Path file, byte[] bytes) {
        files.put(file, bytes.clone());
    }

    @Override
    public void copyPermissions(Path from, Path to) {
        // Memory files have no mode.
    }

    @Override
    public void moveAtomically(Path from, Path to) throws IOException {
        byte[] b = files.remove(from);
        if (b == null) {
            throw new NoSuchFileException(from.toString());
        }
        files.put(to, b);
    }

    @Override
    public void syncFolder(Path folder) {
        // Nothing to force.
    }

    @Override
    public void deleteIfExists(Path file) {
        files.remove(file);
    }
}
