package org.lihaaz.fix;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations rewriting needs, and nothing else: the seam between the fixer and the file
 * system, so tests can fail any step (a full disk, a rename refused, a file changed in between) and
 * check that nothing is lost or half-written.
 *
 * <p>Every step after the first read works inside a {@link Folder} opened once: the folder that
 * really holds the file, reached from the tree the user named without following a link on the way.
 * So a folder renamed or swapped for a link while Lihaaz works cannot move the write elsewhere.
 */
public interface Disk {
    /** The file's bytes, read by its path (the fixer's first read, before anything is planned). */
    byte[] read(Path file) throws IOException;

    /**
     * Opens the folder that really holds {@code file} (links resolved now, once).
     *
     * @param tree the real path of the folder the user named; the file's real path must lie inside
     *             it, or the file is refused. Null when the user named the file itself: its real
     *             folder (resolved now) is the tree.
     * @throws IOException when the file is a link out of the tree, or a folder on the way is not one
     */
    Folder open(Path file, Path tree) throws IOException;

    /** The real file system. */
    static Disk real() {
        return new RealDisk();
    }

    /** A file's identity and link count. */
    record FileInfo(Object key, int links, boolean regular) {
    }

    /** A file locked against other Lihaaz processes and threads. */
    interface Locked extends Closeable {
        /**
         * The locked file's bytes, read through the locked handle: a POSIX lock is dropped when the
         * process closes any other handle on the file, so the file is not opened again meanwhile.
         */
        byte[] read() throws IOException;
    }

    /** An opened folder; every name is a plain file name in it, never a path and never followed if a link. */
    interface Folder extends Closeable {
        /** The file {@link Disk#open} was asked for, as a name in this folder. */
        String name();

        /** The folder's real path, for messages. */
        Path path();

        /** @throws java.nio.file.NoSuchFileException when there is no such file */
        FileInfo info(String name) throws IOException;

        /**
         * An exclusive advisory lock on the file {@code name} now holds, held against other Lihaaz
         * processes and threads until closed. The caller checks the name still holds that file.
         */
        Locked lock(String name) throws IOException;

        /**
         * A new empty file, for a rename onto a file in this folder.
         *
         * @param newFile true when it will become a new file: it gets the mode the umask gives new
         *                files; otherwise it is private to the owner until its metadata is copied
         */
        String createTemp(String prefix, boolean newFile) throws IOException;

        /** Writes all of {@code bytes} to {@code name} and forces them to the device. */
        void writeSynced(String name, byte[] bytes) throws IOException;

        /** Gives {@code to} the owner, group and mode of {@code from}, where the file system has them. */
        void copyMetadata(String from, String to) throws IOException;

        /** Renames {@code from} onto {@code to} in one step: readers see the old file or the new, never a mix. */
        void moveAtomically(String from, String to) throws IOException;

        /** Forces the folder's entries (a rename in it) to the device, where the system allows it. */
        void sync() throws IOException;

        void deleteIfExists(String name) throws IOException;
    }
}
