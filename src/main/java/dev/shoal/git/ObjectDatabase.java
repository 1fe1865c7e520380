package dev.shoal.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.InflaterInputStream;

/**
 * A repo's objects read straight from its files: loose objects, then packs, then the alternates the
 * repo borrows from. Reading one commit this way takes a fraction of a millisecond, where starting
 * {@code git log} takes several and JGit costs far more in a fresh JVM (see RepoStateReader).
 * Anything it cannot read (a damaged file, a format it does not know) is simply not found, so callers
 * can ask git instead.
 */
public final class ObjectDatabase {
    /** git's own limit on nested alternates. */
    private static final int MAX_ALTERNATE_DEPTH = 5;
    private final List<Path> objectDirs;

    private ObjectDatabase(List<Path> objectDirs) {
        this.objectDirs = objectDirs;
    }

    /** The objects of the repo whose config, refs and objects live in {@code commonDir}. */
    public static ObjectDatabase of(Path commonDir) {
        List<Path> dirs = new ArrayList<>();
        addWithAlternates(commonDir.resolve("objects"), dirs, 0);
        return new ObjectDatabase(dirs);
    }

    /** The object with this id (40 hex digits, or 64 in a SHA-256 repo), if it can be read here. */
    public Optional<GitObject> read(String hexId) {
        byte[] id;
        try {
            id = HexFormat.of().parseHex(hexId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Path dir : objectDirs) {
            try {
                Optional<GitObject> found = loose(dir, hexId);
                if (found.isEmpty()) {
                    found = packed(dir, id);
                }
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // A damaged or unfamiliar file, whichever way it is so (a bad offset, a short read): ask git instead.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<GitObject> loose(Path dir, String hexId) throws IOException {
        Path file = dir.resolve(hexId.substring(0, 2)).resolve(hexId.substring(2));
        if (!Files.exists(file)) {
            return Optional.empty(); // packed, most likely: asking first is cheaper than an exception
        }
        byte[] raw;
        try (InputStream in = new InflaterInputStream(Files.newInputStream(file))) {
            raw = in.readAllBytes();
        }
        int space = indexOf(raw, (byte) ' ');
        int nul = indexOf(raw, (byte) 0);
        if (space < 0 || nul < space) {
            throw new IOException(file + ": not a git object");
        }
        String type = new String(raw, 0, space, StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOfRange(raw, nul + 1, raw.length);
        return Optional.of(new GitObject(type, content));
    }

    private static Optional<GitObject> packed(Path dir, byte[] id) throws IOException {
        Path packDir = dir.resolve("pack");
        if (!Files.isDirectory(packDir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> indexes = Files.newDirectoryStream(packDir, "*.idx")) {
            for (Path idx : indexes) {
                Optional<PackFile> pack = usablePack(idx);
                Optional<GitObject> found = pack.isEmpty() ? Optional.empty() : pack.get().read(id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The pack this index belongs to, unless git would pass it over too: an index whose pack is gone
     * (left behind by an interrupted repack or a copy) is skipped silently, an index that does not
     * read as one with a warning; either way the other packs still hold what they hold.
     */
    private static Optional<PackFile> usablePack(Path idx) {
        String name = idx.getFileName().toString();
        Path pack = idx.resolveSibling(name.substring(0, name.length() - ".idx".length()) + ".pack");
        if (!Files.isRegularFile(pack)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PackFile(pack, PackIndex.open(idx)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code objects/info/alternates}: one object folder per line, relative ones taken from this folder. */
    private static void addWithAlternates(Path objects, List<Path> dirs, int depth) {
        if (dirs.contains(objects)) {
            return;
        }
        dirs.add(objects);
        if (depth >= MAX_ALTERNATE_DEPTH) {
            return;
        }
        Path alternates = objects.resolve("info").resolve("alternates");
        if (!Files.exists(alternates)) {
            return; // the common case
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(alternates);
        } catch (IOException e) {
            return; // unreadable: the objects there are not found, and git is asked instead
        }
        for (String line : lines) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                addWithAlternates(objects.resolve(entry).normalize(), dirs, depth + 1);
            }
        }
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
