package dev.shoal.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-line fingerprint of the files the completion index is made from: for each, its identity (device
 * and inode), modification time and size. Atomic writes replace a file by rename, so every rewrite makes a
 * new inode and a new stamp even within one clock tick; a file put back from a backup with an older time
 * counts as changed too. Taking it costs one stat per file, which is why every shoal run can afford it.
 */
final class SourceStamp {
    private SourceStamp() {
    }

    static String of(List<Path> sources) {
        List<String> parts = new ArrayList<>();
        for (Path source : sources) {
            parts.add(source.getFileName() + "=" + fingerprint(source));
        }
        return String.join(" ", parts);
    }

    /** The jar (or class folder) shoal runs from: a new build may bring new commands and options. */
    static Path code() {
        try {
            CodeSource source = SourceStamp.class.getProtectionDomain().getCodeSource();
            return source == null ? Path.of("unknown") : Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Path.of("unknown");
        }
    }

    private static String fingerprint(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return (key == null ? "" : key.toString().replaceAll("\\s", "")) + "@"
                    + attributes.lastModifiedTime().toInstant() + ":" + attributes.size();
        } catch (IOException e) {
            return "-";
        }
    }
}
