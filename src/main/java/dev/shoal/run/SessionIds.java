package dev.shoal.run;

import dev.shoal.Jdk22Class;
import java.util.Optional;

/**
 * The session id of any process by its pid, with one system call (getsid) instead of opening and reading
 * its stat file in /proc: the first look {@link Sessions} takes at every process on the system, at every
 * job's end. With 420 processes on the 2-core machine of bench/README, 100 such passes took 7 ms each by
 * the stat files and 1 ms this way; in a fetch on 100 repos (400 processes alive at once) the passes took
 * 355 ms of the JVM's CPU by the stat files, 95 ms this way.
 */
interface SessionIds {
    /** The session id of the process, or -1 when there is none by that pid (or it may not be looked at). */
    long of(long pid);

    /** getsid called through the FFM API (src/main/java22); empty on JDK 21 and where the C library cannot be called. */
    static Optional<SessionIds> posix() {
        return Jdk22Class.load("dev.shoal.run.PosixSessionIds");
    }
}
