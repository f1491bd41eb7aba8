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
    public Folder open(Path file, Path tree) {
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        String name = file.getFileName().toString();
        return new Folder() {
            private Path at(String n) {
                return file.getParent() == null ? Path.of(n) : folder.resolve(n);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Path path() {
                return folder;
            }

            @Override
            public FileInfo info(String n) throws IOException {
                if (!files.containsKey(at(n))) {
                    throw new NoSuchFileException(n);
                }
                return new FileInfo(null, 1, true);
            }

            @Override
            public Locked lock(String n) {
                return new Locked() {
                    @Override
                    public byte[] read() throws IOException {
                        return MemoryDisk.this.read(at(n));
                    }

                    @Override
                    public void close() {
                        // One thread, nothing to release.
                    }
                };
            }

            @Override
            public String createTemp(String prefix, boolean newFile) {
                String n = prefix + (temps++) + ".tmp";
                files.put(at(n), new byte[0]);
                return n;
            }

            @Override
            public void writeSynced(String n, byte[] bytes) {
                files.put(at(n), bytes.clone());
            }

            @Override
            public void copyMetadata(String from, String to) {
                // Memory files have no owner or mode.
            }

            @Override
            public void moveAtomically(String from, String to) throws IOException {
                byte[] b = files.remove(at(from));
                if (b == null) {
                    throw new NoSuchFileException(from);
                }
                files.put(at(to), b);
            }

            @Override
            public void sync() {
                // Nothing to force.
            }

            @Override
            public void deleteIfExists(String n) {
                files.remove(at(n));
            }

            @Override
            public void close() {
                // Nothing held.
            }
        };
    }
}
