package org.lihaaz.fix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations rewriting needs, and nothing else: the seam between the fixer and the file
 * system, so tests can fail any step (a full disk, a rename refused, a file changed in between) and
 * check that nothing is lost or half-written.
 */
public interface Disk {
    /** The file's bytes. */
    byte[] read(Path file) throws IOException;

    /** The real path of a file, links resolved, so rewriting a link rewrites its target and keeps the link. */
    Path realPath(Path file) throws IOException;

    /** A new empty file in {@code folder}, for a rename onto a file in the same folder. */
    Path createTemp(Path folder, String prefix) throws IOException;

    /** Writes all of {@code bytes} to {@code file} and forces them to the device. */
    void writeSynced(Path file, byte[] bytes) throws IOException;

    /** Gives {@code to} the permissions (file mode) of {@code from}, where the file system has them. */
    void copyPermissions(Path from, Path to) throws IOException;

    /** Renames {@code from} onto {@code to} in one step: readers see the old file or the new, never a mix. */
    void moveAtomically(Path from, Path to) throws IOException;

    /** Forces a folder's entries (a rename in it) to the device, where the system allows it. */
    void syncFolder(Path folder) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** The real file system. */
    static Disk real() {
        return new RealDisk();
    }
}
