package org.lihaaz.fix;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link Disk} on the real file system. Where the system can (Linux, through
 * {@link SecureDirectoryStream}: openat, renameat, fchown, fchmod), the folder is opened once and
 * every step names files relative to it, descending from the tree the user named one folder at a
 * time without following links; elsewhere the same steps go by path.
 */
final class RealDisk implements Disk {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * File locks belong to a process, so two threads of one process would not exclude each other
     * (Java refuses the second lock outright); this serialises them first. One entry per file
     * rewritten in the run.
     */
    private static final Map<Path, ReentrantLock> THREAD_LOCKS = new ConcurrentHashMap<>();

    @Override
    public byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public Folder open(Path file, Path tree) throws IOException {
        Path real;
        if (Files.exists(file)) {
            real = file.toRealPath();
        } else if (Files.isSymbolicLink(file)) {
            throw new IOException("it is a link to a file that does not exist");
        } else {
            Path parent = file.toAbsolutePath().getParent();
            real = parent.toRealPath().resolve(file.getFileName());
        }
        Path folder = real.getParent();
        Path top = tree == null ? folder : tree;
        if (!folder.startsWith(top)) {
            throw new IOException("it is a link to " + real + ", outside " + top + ", the folder checked");
        }
        DirectoryStream<Path> opened = Files.newDirectoryStream(top);
        if (!(opened instanceof SecureDirectoryStream<Path> sds)) {
            opened.close();
            return new PathFolder(folder, real.getFileName().toString());
        }
        SecureDirectoryStream<Path> at = sds;
        try {
            for (Path part : top.relativize(folder)) {
                if (part.toString().isEmpty()) {
                    continue;
                }
                SecureDirectoryStream<Path> next;
                try {
                    next = at.newDirectoryStream(part, NOFOLLOW);
                } catch (FileSystemException e) {
                    // ELOOP or ENOTDIR: a folder on the way was swapped for a link or a file since it was resolved.
                    throw new IOException("the folder " + part + " on its path changed while it was fixed");
                }
                at.close();
                at = next;
            }
        } catch (IOException | RuntimeException e) {
            at.close();
            throw e;
        }
        return new SecureFolder(at, folder, real.getFileName().toString());
    }

    private static Closeable threadLock(Path key) {
        ReentrantLock lock = THREAD_LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        return lock::unlock;
    }

    private static String tempName(String prefix) {
        return prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp";
    }

    private static Locked fileLock(Path key, FileChannelOpener opener) throws IOException {
        Closeable thread = threadLock(key);
        FileChannel ch = null;
        try {
            try {
                ch = opener.open();
            } catch (AccessDeniedException e) {
                throw new IOException("it is read-only, and Lihaaz does not rewrite read-only files");
            }
            FileLock lock = ch.lock();
            FileChannel held = ch;
            return new Locked() {
                @Override
                public byte[] read() throws IOException {
                    held.position(0);
                    return readAll(held);
                }

                @Override
                public void close() throws IOException {
                    try {
                        lock.release();
                        held.close();
                    } finally {
                        thread.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            thread.close();
            throw e;
        }
    }

    @FunctionalInterface
    private interface FileChannelOpener {
        FileChannel open() throws IOException;
    }

    private static byte[] readAll(SeekableByteChannel ch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, ch.size())));
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        while (ch.read(buf) >= 0) {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
        }
        return out.toByteArray();
    }

    private static void writeAll(SeekableByteChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        if (ch instanceof FileChannel fc) {
            fc.force(true);
        }
    }

    /** The mode bits PosixFilePermission cannot say (setuid, setgid, sticky) and the link count, by path. */
    private static Map<String, Object> unixAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, "unix:mode,nlink,fileKey", NOFOLLOW);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    private static void syncPath(Path folder) {
        // Opening a folder for reading and forcing it works on Linux; elsewhere the rename is still atomic.
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every system lets a folder be opened; the rename itself has already happened.
        }
    }

    /** Owner and group first (a change of owner clears setgid), then the mode. */
    private static void copyPosix(PosixFileAttributes from, PosixFileAttributeView to, Path fromPath, Path toPath)
            throws IOException {
        PosixFileAttributes now = to.readAttributes();
        if (!from.owner().equals(now.owner())) {
            try {
                to.setOwner(from.owner());
            } catch (FileSystemException e) {
                throw new IOException("it belongs to " + from.owner().getName() + ", and a rewrite by this user would make it "
                        + now.owner().getName() + "'s");
            }
        }
        if (!from.group().equals(now.group())) {
            try {
                to.setGroup(from.group());
            } catch (FileSystemException e) {
                throw new IOException("its group is " + from.group().getName() + ", which this user cannot give a file");
            }
        }
        to.setPermissions(from.permissions());
        Map<String, Object> src = unixAttributes(fromPath);
        Object mode = src.get("mode");
        if (mode instanceof Integer m && (m & 07000) != 0) {
            // setuid, setgid and sticky can only be set by path: make sure the path still names these very files.
            Map<String, Object> dst = unixAttributes(toPath);
            if (!from.fileKey().equals(src.get("fileKey")) || !now.fileKey().equals(dst.get("fileKey"))) {
                throw new IOException("the folder changed while it was fixed");
            }
            Files.setAttribute(toPath, "unix:mode", m & 07777, NOFOLLOW);
        }
    }

    /** A folder opened once; names are resolved relative to it (openat and friends). */
    private static final class SecureFolder implements Folder {
        private final SecureDirectoryStream<Path> dir;
        private final Path path;
        private final String name;

        SecureFolder(SecureDirectoryStream<Path> dir, Path path, String name) {
            this.dir = dir;
            this.path = path;
            this.name = name;
        }

        private static Path rel(String name) {
            Path p = Path.of(name);
            if (p.getNameCount() != 1 || p.getParent() != null || name.equals("..") || name.equals(".")) {
                throw new IllegalArgumentException("not a plain file name: " + name);
            }
            return p;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Path path() {
            return path;
        }

        @Override
        public FileInfo info(String file) throws IOException {
            BasicFileAttributes a = dir.getFileAttributeView(rel(file), BasicFileAttributeView.class, NOFOLLOW).readAttributes();
            int links = 1;
            Map<String, Object> unix = unixAttributes(path.resolve(file));
            if (a.fileKey() != null && a.fileKey().equals(unix.get("fileKey")) && unix.get("nlink") instanceof Integer n) {
                links = n;
            }
            return new FileInfo(a.fileKey(), links, a.isRegularFile());
        }

        @Override
        public Locked lock(String file) throws IOException {
            return fileLock(path.resolve(file), () -> (FileChannel) dir.newByteChannel(rel(file),
                    Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE, NOFOLLOW)));
        }

        @Override
        public String createTemp(String prefix, boolean newFile) throws IOException {
            Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW);
            FileAttribute<?>[] mode = newFile ? new FileAttribute<?>[0]
                    : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
            for (int i = 0; ; i++) {
                String tmp = tempName(prefix);
                try (SeekableByteChannel ch = dir.newByteChannel(rel(tmp), options, mode)) {
                    return tmp;
                } catch (FileAlreadyExistsException e) {
                    if (i > 100) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public void writeSynced(String file, byte[] bytes) throws IOException {
            try (SeekableByteChannel ch = dir.newByteChannel(rel(file),
                    Set.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, NOFOLLOW))) {
                writeAll(ch, bytes);
            }
        }

        @Override
        public void copyMetadata(String from, String to) throws IOException {
            PosixFileAttributeView src = dir.getFileAttributeView(rel(from), PosixFileAttributeView.class, NOFOLLOW);
            PosixFileAttributeView dst = dir.getFileAttributeView(rel(to), PosixFileAttributeView.class, NOFOLLOW);
            if (src != null && dst != null) {
                copyPosix(src.readAttributes(), dst, path.resolve(from), path.resolve(to));
            }
        }

        @Override
        public void moveAtomically(String from, String to) throws IOException {
            dir.move(rel(from), dir, rel(to));
        }

        @Override
        public void sync() {
            syncPath(path);
        }

        @Override
        public void deleteIfExists(String file) throws IOException {
            try {
                dir.deleteFile(rel(file));
            } catch (NoSuchFileException e) {
                // Already gone.
            }
        }

        @Override
        public void close() throws IOException {
            dir.close();
        }
    }

    /** Where folders cannot be opened (not Linux): the same steps by path, the folder resolved once. */
    private static final class PathFolder implements Folder {
        private final Path path;
        private final String name;

        PathFolder(Path path, String name) {
            this.path = path;
            this.name = name;
        }

        private Path at(String file) {
            Path p = path.resolve(file);
            if (!path.equals(p.getParent())) {
                throw new IllegalArgumentException("not a plain file name: " + file);
            }
            return p;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Path path() {
            return path;
        }

        @Override
        public FileInfo info(String file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(at(file), BasicFileAttributes.class, NOFOLLOW);
            Object n = unixAttributes(at(file)).get("nlink");
            return new FileInfo(a.fileKey(), n instanceof Integer i ? i : 1, a.isRegularFile());
        }

        @Override
        public Locked lock(String file) throws IOException {
            return fileLock(at(file), () -> FileChannel.open(at(file), StandardOpenOption.READ, StandardOpenOption.WRITE, NOFOLLOW));
        }

        @Override
        public String createTemp(String prefix, boolean newFile) throws IOException {
            Set<OpenOption> options = new HashSet<>(Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW));
            for (int i = 0; ; i++) {
                String tmp = tempName(prefix);
                try (SeekableByteChannel ch = Files.newByteChannel(at(tmp), options)) {
                    if (!newFile) {
                        try {
                            Files.setPosixFilePermissions(at(tmp), PosixFilePermissions.fromString("rw-------"));
                        } catch (UnsupportedOperationException e) {
                            // No POSIX modes here.
                        }
                    }
                    return tmp;
                } catch (FileAlreadyExistsException e) {
                    if (i > 100) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public void writeSynced(String file, byte[] bytes) throws IOException {
            try (SeekableByteChannel ch = FileChannel.open(at(file), StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, NOFOLLOW)) {
                writeAll(ch, bytes);
            }
        }

        @Override
        public void copyMetadata(String from, String to) throws IOException {
            PosixFileAttributeView src = Files.getFileAttributeView(at(from), PosixFileAttributeView.class, NOFOLLOW);
            PosixFileAttributeView dst = Files.getFileAttributeView(at(to), PosixFileAttributeView.class, NOFOLLOW);
            if (src != null && dst != null) {
                copyPosix(src.readAttributes(), dst, at(from), at(to));
            }
        }

        @Override
        public void moveAtomically(String from, String to) throws IOException {
            Files.move(at(from), at(to), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void sync() {
            syncPath(path);
        }

        @Override
        public void deleteIfExists(String file) throws IOException {
            Files.deleteIfExists(at(file));
        }

        @Override
        public void close() {
            // Nothing held open.
        }
    }
}
