package dev.shoal.registry;

import dev.shoal.files.AtomicFile;
import dev.shoal.files.FileLocks;
import dev.shoal.files.YamlFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code repos.yml} on disk. Reads need no lock (writes replace the file by rename); every change
 * reads the newest file under a lock, applies itself and writes atomically, so two shoal processes
 * changing the registry at the same moment both land. A file that does not parse is never written.
 */
public final class RegistryStore {
    private final Path file;
    private final Consumer<String> waiting;

    /** {@code waiting} hears whom a change waits for when another writer holds the lock for long. */
    public RegistryStore(Path file, Consumer<String> waiting) {
        this.file = file;
        this.waiting = waiting;
    }

    /** A store whose changes wait for other writers silently. */
    public RegistryStore(Path file) {
        this(file, notice -> { });
    }

    public Path file() {
        return file;
    }

    /** The registry: from its snapshot while the file is the one the snapshot was made from, else from the YAML. */
    public Registry load() {
        Optional<byte[]> yaml = YamlFile.bytes(file);
        if (yaml.isEmpty()) {
            return new Registry();
        }
        Path snapshot = RegistrySnapshot.of(file);
        Optional<Registry> kept = RegistrySnapshot.read(snapshot, yaml.get());
        if (kept.isPresent()) {
            return kept.get();
        }
        Registry registry = RegistryCodec.read(YamlFile.parse(file, yaml.get()));
        RegistrySnapshot.write(snapshot, yaml.get(), registry);
        return registry;
    }

    /** Applies {@code change} to the newest registry and saves it if anything changed. */
    public <T> T update(Function<Registry, T> change) {
        return FileLocks.withLock(file, waiting, () -> {
            YamlFile current = YamlFile.read(file);
            Registry registry = RegistryCodec.read(current);
            String before = RegistryCodec.write(registry);
            T result = change.apply(registry);
            String after = RegistryCodec.write(registry);
            if (!after.equals(before)) {
                YamlFile readBack = YamlFile.requireReadable(file, after);
                byte[] written = after.getBytes(StandardCharsets.UTF_8);
                AtomicFile.write(file, written);
                // The next read finds its snapshot made, from the text as a read parses it; a start that
                // only reads then writes nothing (and the start-up caches hold no writer's classes).
                RegistrySnapshot.write(RegistrySnapshot.of(file), written, RegistryCodec.read(readBack));
            }
            return result;
        });
    }
}
