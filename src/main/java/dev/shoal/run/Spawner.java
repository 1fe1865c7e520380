package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a captured job ({@link LaunchSpec.Io#CAPTURED}) whose program is already found and whose
 * environment is already made: in a session of its own, stdin /dev/null, stdout and stderr to pipes.
 * {@link OsLauncher} uses {@link PosixSpawner} where it runs; everywhere else, ProcessBuilder and setsid.
 */
interface Spawner {
    /** @param command the program's path first, then its arguments */
    Process spawn(List<String> command, Path dir, Map<String, String> env) throws IOException;

    /**
     * posix_spawn called through the FFM API, which is final from JDK 22 on: its class is compiled for 22
     * (src/main/java22) and only loaded on such a JDK, on Linux, and when the C library has every call
     * it needs. Empty elsewhere, and on JDK 21.
     */
    static Optional<Spawner> posix() {
        if (Runtime.version().feature() < 22) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName("dev.shoal.run.PosixSpawner");
            @SuppressWarnings("unchecked")
            Optional<Spawner> spawner = (Optional<Spawner>) type.getDeclaredMethod("load").invoke(null);
            return spawner;
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }
}
