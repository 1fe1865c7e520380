package dev.shoal.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A one-line fingerprint of the files the completion index is made from: for each, its identity (device
 * and inode), modification time and size. Atomic writes replace a file by rename, so every rewrite makes a
 * new inode and a new stamp even within one clock tick; a file put back from a backup with an older time
 * counts as changed too. Taking it costs one stat per file, which is why every shoal run can afford it.
 */
final class SourceStamp {
    private SourceStamp() {
    }

    /**
     * Built with a StringBuilder on purpose: this runs on every start, and the first {@code +} on strings in
     * a JVM without shoal's AOT cache (JDK 21 to 24, or SHOAL_NO_AOT) bootstraps invokedynamic, a few ms.
     */
    static String of(List<Path> sources) {
        StringBuilder stamp = new StringBuilder();
        for (Path source : sources) {
            stamp.append(stamp.isEmpty() ? "" : " ").append(source.getFileName()).append('=');
            fingerprint(source, stamp);
        }
        return stamp.toString();
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

    private static void fingerprint(Path file, StringBuilder stamp) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp.append(attributes.fileKey()).append('@').append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                    .append(':').append(attributes.size());
        } catch (IOException e) {
            stamp.append('-');
        }
    }
}
