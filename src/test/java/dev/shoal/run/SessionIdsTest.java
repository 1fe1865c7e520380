package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * getsid, as {@link Sessions} asks it of every process at a job's end, says what the process's stat file
 * says: real processes, this JVM and one that leads a session of its own. (SessionEndTest finds a
 * session's members through it.)
 */
class SessionIdsTest {
    @Test
    void theSystemIsAskedWhereItCanBe() {
        boolean linux = System.getProperty("os.name").equals("Linux");
        assertEquals(linux && Runtime.version().feature() >= 22, SessionIds.posix().isPresent());
    }

    @Test
    void aSessionIdIsTheOneTheStatFileGives() throws Exception {
        SessionIds ids = SessionIds.posix().orElseThrow();
        long self = ProcessHandle.current().pid();
        assertEquals(statSession(self), ids.of(self), "this JVM's session");
        Process leader = new ProcessBuilder("setsid", "-w", "sleep", "300").redirectInput(new File("/dev/null")).start();
        try {
            // setsid(1) calls setsid() after it starts, then becomes sleep: wait for the call.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (statSession(leader.pid()) != leader.pid() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(leader.pid(), statSession(leader.pid()), "setsid never made its session");
            assertEquals(leader.pid(), ids.of(leader.pid()), "a process that called setsid leads its session");
        } finally {
            leader.destroyForcibly().waitFor();
        }
        assertEquals(-1, ids.of(leader.pid()), "a process collected is found no more");
        assertEquals(-1, ids.of(Integer.MAX_VALUE), "no process has a pid past pid_max");
    }

    /** The session field of /proc/PID/stat: pid (name) state ppid pgrp session ... */
    private static long statSession(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
