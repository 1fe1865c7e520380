package dev.shoal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a ref exists, read from the files that hold refs: its own file, else a line of
 * {@code packed-refs} (where {@code git clone} puts every ref it fetched). A stat, and for a repo with
 * packed refs a read of that file: no process.
 */
public final class RefFiles {
    private RefFiles() {
    }

    /**
     * Whether {@code ref} (a full name, {@code refs/remotes/origin/main}) exists in the repo whose refs
     * live in {@code commonDir}; empty when the files cannot tell: refs kept in a reftable (git 2.45+),
     * or a {@code packed-refs} that cannot be read.
     */
    public static Optional<Boolean> exists(Path commonDir, String ref) {
        if (Files.exists(commonDir.resolve(ref))) {
            return Optional.of(true);
        }
        if (Files.isDirectory(commonDir.resolve("reftable"))) {
            return Optional.empty();
        }
        Path packed = commonDir.resolve("packed-refs");
        if (!Files.exists(packed)) {
            return Optional.of(false);
        }
        try {
            // A line is "<id> <refname>"; the name is the rest of the line.
            String text = Files.readString(packed, StandardCharsets.ISO_8859_1);
            String line = " " + new String(ref.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            return Optional.of(text.contains(line + "\n") || text.endsWith(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
