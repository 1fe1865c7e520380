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

    private static boolean isPid(Path entry) {
        String name = entry.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /**
     * Field 6 of /proc/PID/stat: {@code pid (comm) state ppid pgrp session ...}. The command name may hold
     * spaces and parentheses, so the fields are counted from the last ')'. A zombie (state Z) is dead
     * already, and waits for a parent that may never reap it (PID 1 in some containers): nothing to end.
     */
    private static long livingSessionOf(Path entry) {
        try {
            String stat = Files.readString(entry.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return fields[0].equals("Z") || fields[0].equals("X") ? -1 : Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException e) {
            return -1; // gone meanwhile, or not readable: not ours to kill
        }
    }
}
