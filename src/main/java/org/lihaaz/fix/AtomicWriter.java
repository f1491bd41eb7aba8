package org.lihaaz.fix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Replaces a file's content so that nothing is ever half-written or lost: the new bytes go to a
 * temporary file in the same folder, are forced to the device, get the old file's mode, and are
 * renamed over the file in one step. Right before the rename the file is read again, and if its
 * bytes are not the ones the change was made from, nothing is replaced.
 */
public final class AtomicWriter {
    private final Disk disk;

    public AtomicWriter(Disk disk) {
        this.disk = disk;
    }

    /**
     * Writes {@code content} over {@code file} if the file still holds {@code expected}.
     *
     * @throws ChangedOnDiskException when the file changed since {@code expected} was read; it is left as it is
     * @throws IOException when a step fails; the file is then left as it was and no temporary file remains
     */
    public void replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path target = disk.realPath(file);
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = disk.createTemp(folder, "." + target.getFileName() + ".lihaaz-");
        boolean moved = false;
        try {
            disk.writeSynced(tmp, content);
            disk.copyPermissions(target, tmp);
            if (!Arrays.equals(disk.read(target), expected)) {
                throw new ChangedOnDiskException("changed on disk since it was read; not rewritten");
            }
            disk.moveAtomically(tmp, target);
            moved = true;
        } finally {
            if (!moved) {
                disk.deleteIfExists(tmp);
            }
        }
        try {
            disk.syncFolder(folder);
        } catch (IOException e) {
            // The rename has happened and readers see the new content; saying "unchanged" now would be false.
        }
    }
}
