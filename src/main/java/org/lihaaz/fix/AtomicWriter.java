package org.lihaaz.fix;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Replaces a file's content so that nothing is ever half-written, lost or written elsewhere:
 * <ul>
 * <li>the folder that really holds the file is opened once, reached from the tree the user named
 * without following links, and every later step works inside it (a link out of the tree, or a folder
 * swapped meanwhile, is refused);</li>
 * <li>the new bytes go to a temporary file there, are forced to the device, and get the old file's
 * owner, group and mode (setgid and the like included);</li>
 * <li>under an exclusive advisory lock on the file, which every Lihaaz process and thread takes, the
 * file is read again and, only if its bytes are still those the change was made from, the temporary
 * file is renamed over it in one step. So two fixers never both "win": the second sees the first's
 * result and refuses.</li>
 * </ul>
 * A file with other hard links is refused (a rename would split them), as is one that cannot keep its
 * owner or group.
 */
public final class AtomicWriter {
    /** How often the lock is taken again when the file was replaced while waiting for it. */
    private static final int LOCK_ATTEMPTS = 100;

    private final Disk disk;

    public AtomicWriter(Disk disk) {
        this.disk = disk;
    }

    /** {@link #replace(Path, Path, byte[], byte[])} for a file the user named itself. */
    public void replace(Path file, byte[] expected, byte[] content) throws IOException {
        replace(file, null, expected, content);
    }

    /**
     * Writes {@code content} over {@code file} if the file still holds {@code expected}.
     *
     * @param tree the real path of the folder the user named, which the write must not leave; null
     *             for a file named itself
     * @throws ChangedOnDiskException when the file changed since {@code expected} was read; it is left as it is
     * @throws IOException when a step fails or the write is refused; the file is then left as it was
     *                     and no temporary file remains
     */
    public void replace(Path file, Path tree, byte[] expected, byte[] content) throws IOException {
        Objects.requireNonNull(expected);
        try (Disk.Folder folder = disk.open(file, tree)) {
            write(folder, expected, content);
        }
    }

    /**
     * Writes {@code content} as {@code file}, whatever it holds now (a report, a baseline): a new
     * file gets the mode the umask gives; an existing one keeps its owner, group, mode and links, and
     * a link is written through to the file it points at, as {@code --fix} does.
     */
    public void create(Path file, byte[] content) throws IOException {
        try (Disk.Folder folder = disk.open(file, null)) {
            write(folder, null, content);
        }
    }

    private void write(Disk.Folder folder, byte[] expected, byte[] content) throws IOException {
        String name = folder.name();
        boolean exists = true;
        try {
            Disk.FileInfo info = folder.info(name);
            if (!info.regular()) {
                throw new IOException("not a regular file; not written");
            }
            if (info.links() > 1) {
                throw new IOException("it has " + info.links() + " hard links, which replacing it would split");
            }
        } catch (NoSuchFileException e) {
            if (expected != null) {
                throw new ChangedOnDiskException("deleted since it was read; not rewritten");
            }
            exists = false;
        }
        String tmp = folder.createTemp("." + name + ".lihaaz-", !exists);
        boolean moved = false;
        try {
            folder.writeSynced(tmp, content);
            if (exists) {
                folder.copyMetadata(name, tmp);
                try (Disk.Locked lock = lockStable(folder, name)) {
                    if (expected != null && !Arrays.equals(lock.read(), expected)) {
                        throw new ChangedOnDiskException("changed on disk since it was read; not rewritten");
                    }
                    folder.moveAtomically(tmp, name);
                    moved = true;
                }
            } else {
                folder.moveAtomically(tmp, name);
                moved = true;
            }
        } finally {
            if (!moved) {
                folder.deleteIfExists(tmp);
            }
        }
        try {
            folder.sync();
        } catch (IOException e) {
            // The rename has happened and readers see the new content; saying "unchanged" now would be false.
        }
    }

    /**
     * Locks the file {@code name} holds, and makes sure it still holds it once the lock is ours: a
     * fixer that waited while another replaced the file would otherwise hold a lock on the old,
     * unlinked file and compare against bytes nobody sees any more.
     */
    private static Disk.Locked lockStable(Disk.Folder folder, String name) throws IOException {
        for (int i = 0; i < LOCK_ATTEMPTS; i++) {
            Object before = folder.info(name).key();
            Disk.Locked lock = folder.lock(name);
            Object after;
            try {
                after = folder.info(name).key();
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            if (Objects.equals(before, after)) {
                return lock;
            }
            lock.close();
        }
        throw new ChangedOnDiskException("changed on disk again and again while it was being rewritten; not rewritten");
    }
}
