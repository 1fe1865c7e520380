package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a command whose program is already found and whose environment is already made, detached from
 * the terminal: stdin is /dev/null, and stdout and stderr go to pipes or are dropped. {@link OsLauncher}
 * uses {@link PosixSpawner} where it runs; everywhere else, ProcessBuilder.
 */
interface Spawner {
    /**
     * @param command    the program's path first, then its arguments
     * @param ownSession whether the process leads a session of its own (no controlling terminal)
     * @param keepOut    whether stdout goes to a pipe; else it is dropped
     * @param keepErr    whether stderr goes to a pipe; else it is dropped
     */
    Process spawn(List<String> command, Path dir, Map<String, String> env, boolean ownSession,
                  boolean keepOut, boolean keepErr) throws IOException;

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
