package org.lihaaz.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.lihaaz.fix.Disk;

/** A {@link Disk.Folder} that passes every call on, for tests to override one step. */
public class FolderWrapper implements Disk.Folder {
    private final Disk.Folder inner;

    public FolderWrapper(Disk.Folder inner) {
        this.inner = inner;
    }

    /** {@code disk} with each folder it opens wrapped by {@code wrap}. */
    public static Disk wrapping(Disk disk, UnaryOperator<Disk.Folder> wrap) {
        return new Disk() {
            @Override
            public byte[] read(Path file) throws IOException {
                return disk.read(file);
            }

            @Override
            public Folder open(Path file, Path tree) throws IOException {
                return wrap.apply(disk.open(file, tree));
            }
        };
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Path path() {
        return inner.path();
    }

    @Override
    public Disk.FileInfo info(String name) throws IOException {
        return inner.info(name);
    }

    @Override
    public Disk.Locked lock(String name) throws IOException {
        return inner.lock(name);
    }

    @Override
    public String createTemp(String prefix, boolean newFile) throws IOException {
        return inner.createTemp(prefix, newFile);
    }

    @Override
    public void writeSynced(String name, byte[] bytes) throws IOException {
        inner.writeSynced(name, bytes);
    }

    @Override
    public void copyMetadata(String from, String to) throws IOException {
        inner.copyMetadata(from, to);
    }

    @Override
    public void moveAtomically(String from, String to) throws IOException {
        inner.moveAtomically(from, to);
    }

    @Override
    public void sync() throws IOException {
        inner.sync();
    }

    @Override
    public void deleteIfExists(String name) throws IOException {
        inner.deleteIfExists(name);
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
