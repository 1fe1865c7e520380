package dev.shoal.run;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of a session, read from Linux's /proc (the JDK's ProcessHandle knows parents, not
 * sessions). A job's process leads a session of its own, so its session id is its pid. Where /proc is
 * not there, or the process leads no session (no setsid installed), nothing is found and only the
 * descendants are ended.
 *
 * <p>Every job's end looks through /proc once, so the look is kept cheap: names listed as strings, each
 * process's session asked of the system ({@link SessionIds}), and only the stat files of those in the
 * session read, to leave out zombies. Where the system cannot be asked (JDK 21), every stat file is read,
 * its head into one buffer, parsed as bytes: 100 looks over some 125 processes, in a fresh JVM as shoal
 * runs them, took 140 to 155 ms of CPU this way, 450 to 620 ms with Path, readString and split.
 */
final class Sessions {
    private static final File PROC = new File("/proc");
    /** Enough of /proc/PID/stat for every field up to the session: the name in it is at most 15 bytes. */
    private static final int STAT_HEAD = 128;
    /** Null where the system cannot be asked: then each stat file says. */
    private static final SessionIds IDS = SessionIds.posix().orElse(null);

    private Sessions() {
    }

    /** The living pids whose session is {@code leader}'s, itself left out. */
    static List<Long> members(long leader) {
        List<Long> members = new ArrayList<>();
        String[] names = PROC.list();
        if (names == null) {
            return members; // no /proc
        }
        byte[] head = new byte[STAT_HEAD];
        for (String name : names) {
            if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
                long pid = Long.parseLong(name);
                if (pid != leader && (IDS == null || IDS.of(pid) == leader) && livingSessionOf(name, head) == leader) {
                    members.add(pid);
                }
            }
        }
        return members;
    }

    /** Whether the process is alive and leads a session: it has called setsid, or was spawned so. */
    static boolean leads(long pid) {
        return livingSessionOf(Long.toString(pid), new byte[STAT_HEAD]) == pid;
    }

    /**
     * Alive, and not a zombie (dead, waiting to be collected, maybe by a PID 1 that never does so, in some
     * containers): the JDK counts a zombie as alive. Where there is no /proc, as the JDK says.
     */
    static boolean living(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        return !PROC.isDirectory() || livingSessionOf(Long.toString(process.pid()), new byte[STAT_HEAD]) >= 0;
    }

    /**
     * The session of a living process, from {@code /proc/PID/stat}: {@code pid (name) state ppid pgrp
     * session ...}; -1 for a zombie (state Z or X: nothing to end) or a process gone meanwhile. The name
     * may hold spaces and parentheses, so the fields are counted from the last ')'.
     */
    private static long livingSessionOf(String pid, byte[] head) {
        int length;
        try (InputStream in = new FileInputStream(PROC.getPath() + "/" + pid + "/stat")) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return -1; // gone meanwhile, or not readable: not ours to kill
        }
        int at = length - 1;
        while (at >= 0 && head[at] != ')') {
            at--;
        }
        int state = at + 2;
        if (at < 0 || state >= length || head[state] == 'Z' || head[state] == 'X') {
            return -1;
        }
        // Past the spaces before ppid, pgrp and session.
        at = state;
        int spaces = 0;
        while (spaces < 3) {
            if (++at >= length) {
                return -1;
            }
            if (head[at] == ' ') {
                spaces++;
            }
        }
        long session = -1;
        while (++at < length && head[at] >= '0' && head[at] <= '9') {
            session = Math.max(session, 0) * 10 + head[at] - '0';
        }
        return session;
    }
}
