package dev.shoal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Text files in shoal's jar, read at a start: the build's files (cli/SpecFile's, the shipped commands). Not
 * by getResourceAsStream, whose lookup (the JDK's own modules first, then a URL and a connection to the jar)
 * took 16 ms of profiled CPU in a start of {@code ll}: from the jar shoal runs from (or its folder of
 * classes), opened as a ZipFile once for the run, since the JDK reads the jar's directory of some 3,500
 * entries at each opening.
 */
public final class JarText {
    private static ZipFile jar;

    private JarText() {
    }

    /** The file at {@code path} in the jar, if it has one. */
    public static synchronized Optional<String> read(String path) {
        try {
            Path where = Path.of(JarText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                Path file = where.resolve(path);
                return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            }
            if (jar == null) {
                jar = new ZipFile(where.toFile());
            }
            ZipEntry entry = jar.getEntry(path);
            return entry == null ? Optional.empty() : Optional.of(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("shoal's own location is no file: " + e.getMessage(), e);
        }
    }
}
