package dev.shoal.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of a session, read from Linux's /proc (the JDK's ProcessHandle knows parents, not
 * sessions). A job's process leads a session of its own, so its session id is its pid. Where /proc is
 * not there, or the process leads no session (no setsid installed), nothing is found and only the
 * descendants are ended.
 */
final class Sessions {
    private static final Path PROC = Path.of("/proc");

    private Sessions() {
    }

    /** The living pids whose session is {@code leader}'s, itself left out. */
    static List<Long> members(long leader) {
        List<Long> members = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return members;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, Sessions::isPid)) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString());
                if (pid != leader && livingSessionOf(entry) == leader) {
                    members.add(pid);
                }
            }
        } catch (IOException e) {
            // /proc went away under us: no members known.
        }
        return members;
    }

    /** Whether the process is alive and leads a session: it has called setsid, or was spawned so. */
    static boolean leads(long pid) {
        return livingSessionOf(PROC.resolve(Long.toString(pid))) == pid;
    }

    private static boolean isPid(Path entry) {
        String name = entry.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /**
     * Alive, and not a zombie (dead, waiting to be collected, maybe by a PID 1 that never does so, in some
     * containers): the JDK counts a zombie as alive. Where there is no /proc, as the JDK says.
     */
    static boolean living(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        if (!Files.isDirectory(PROC)) {
            return true;
        }
        try {
            return !dead(fields(PROC.resolve(Long.toString(process.pid())))[0]);
        } catch (IOException | RuntimeException e) {
            return false; // gone meanwhile
        }
    }

    /** The session of a living process, -1 for a zombie (nothing to end) or a process gone meanwhile. */
    private static long livingSessionOf(Path entry) {
        try {
            String[] fields = fields(entry);
            return dead(fields[0]) ? -1 : Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException e) {
            return -1; // gone meanwhile, or not readable: not ours to kill
        }
    }

    /**
     * The fields of /proc/PID/stat after the command name: {@code state ppid pgrp session ...}. The name
     * may hold spaces and parentheses, so the fields are counted from the last ')'.
     */
    private static String[] fields(Path entry) throws IOException {
        String stat = Files.readString(entry.resolve("stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static boolean dead(String state) {
        return state.equals("Z") || state.equals("X");
    }
}
