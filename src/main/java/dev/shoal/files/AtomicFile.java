package dev.shoal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: readers see the old file or the new one, never half of
 * either, and a crash mid-write leaves the old file in place.
 *
 * <p>The file is edited where the user keeps it: a symbolic link (a dotfiles checkout) is followed and
 * its target replaced, the link left as it is; an existing file keeps its permissions, a new one is
 * readable by its owner alone (600). Temp files are named {@code .NAME.PID.RANDOM.tmp}, so the next
 * writer can remove those a killed writer left behind.
 */
public final class AtomicFile {
    /** Linux gives up after 40 links in a row (ELOOP); so does this. */
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    public static void write(Path path, byte[] content) {
        try {
            Path target = followLinks(path.toAbsolutePath());
            Path dir = target.getParent();
            Files.createDirectories(dir);
            removeStaleTemps(dir, target.getFileName().toString());
            Path temp = Files.createTempFile(dir, tempPrefix(target.getFileName().toString()) + ProcessHandle.current().pid() + ".", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                keepPermissions(target, temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet). */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int i = 0; Files.isSymbolicLink(current); i++) {
            if (i == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    private static String tempPrefix(String name) {
        return "." + name + ".";
    }

    /**
     * Removes temp files of this name whose writer is gone (killed between writing and renaming).
     * Their middle part is the writer's pid; older names held a random number there, which is no
     * running process either.
     */
    private static void removeStaleTemps(Path dir, String name) throws IOException {
        String prefix = tempPrefix(name);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, glob(prefix) + "*.tmp")) {
            for (Path temp : temps) {
                String middle = temp.getFileName().toString().substring(prefix.length());
                String pid = middle.substring(0, middle.indexOf('.'));
                if (!running(pid)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A glob matching {@code text} literally. */
    private static String glob(String text) {
        return text.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, permissions);
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            // A new file keeps the temp file's 600; a file system without POSIX permissions has none to keep.
        }
    }

    /** Makes the rename itself durable; not every platform lets a directory be opened, which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: the data itself is already on disk.
        }
    }
}
