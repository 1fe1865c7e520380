package dev.shoal.run;

import dev.shoal.Jdk22Class;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a process whose program is already found and whose environment is already made, connected as
 * {@link LaunchSpec.Io} says for every way but {@link LaunchSpec.Io#TERMINAL}: stdin /dev/null, the streams
 * shoal reads to pipes, a captured job in a session of its own. {@link OsLauncher} uses {@link PosixSpawner}
 * where it runs; everywhere else, ProcessBuilder (and setsid for a captured job's session).
 */
interface Spawner {
    /**
     * @param command the program's path first, then its arguments
     * @param io      any but {@link LaunchSpec.Io#TERMINAL}
     */
    Process spawn(List<String> command, Path dir, Map<String, String> env, LaunchSpec.Io io) throws IOException;

    /**
     * posix_spawn called through the FFM API, which is final from JDK 22 on: its class is compiled for 22
     * (src/main/java22) and only loaded on such a JDK, on Linux, and when the C library has every call
     * it needs. Empty elsewhere, and on JDK 21.
     */
    static Optional<Spawner> posix() {
        return Jdk22Class.load("dev.shoal.run.PosixSpawner");
    }
}
