package dev.shoal.run;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ends a process with everything it started: its descendants, and every process still in the session
 * it leads (a job runs in a session of its own: a daemon that double-forked away from its parent is no
 * longer below it, but stays in the session). They are collected before anything is killed (a child
 * whose parent dies is no longer found below it), asked to stop (SIGTERM), and killed (SIGKILL) if still
 * there after a grace period.
 */
final class ProcessTree {
    private static final Duration POLL = Duration.ofMillis(5);

    private ProcessTree() {
    }

    /** Returns how many processes were alive to be ended. */
    static int kill(ProcessHandle root, Duration grace) {
        return killAll(List.of(root), grace);
    }

    /** Ends several trees at once, sharing one grace period; returns how many processes there were. */
    static int killAll(Collection<ProcessHandle> roots, Duration grace) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        roots.forEach(root -> collect(root, tree));
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : List.copyOf(tree)) {
            awaitExit(process, deadline);
        }
        // What survived, and anything a survivor started in the meantime.
        Set<ProcessHandle> left = new LinkedHashSet<>();
        tree.stream().filter(Sessions::living).forEach(p -> collect(p, left));
        left.forEach(ProcessHandle::destroyForcibly);
        tree.addAll(left);
        return tree.size();
    }

    /**
     * Ends what is left of the session {@code leader} led, now that it is gone: a daemon a job started in
     * the background must not outlive it. Returns how many processes there were.
     */
    static int endSession(ProcessHandle leader, Duration grace) {
        if (givenAgain(leader)) {
            return 0;
        }
        List<ProcessHandle> left = Sessions.members(leader.pid()).stream()
                .flatMap(pid -> ProcessHandle.of(pid).stream()).toList();
        return left.isEmpty() ? 0 : killAll(left, grace);
    }

    private static void collect(ProcessHandle process, Set<ProcessHandle> into) {
        if (givenAgain(process)) {
            return;
        }
        if (process.isAlive()) {
            into.add(process);
        }
        process.descendants().filter(ProcessHandle::isAlive).forEach(into::add);
        Sessions.members(process.pid()).forEach(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(into::add));
    }

    /**
     * True when the process is gone and its pid is another's: nothing found by that number is ours. Until
     * then it is safe to look by number: Linux gives a pid again only once no process has it as its own,
     * its group's or its session's id, so while anything of the session is left, the number is the session's.
     */
    private static boolean givenAgain(ProcessHandle process) {
        // The JDK's handles are equal when pid and start time are: another process with the pid is not equal.
        return ProcessHandle.of(process.pid()).filter(holder -> !holder.equals(process)).isPresent();
    }

    /**
     * Waits until the process is gone or the deadline passed, looking every few milliseconds. Not with
     * onExit: for a process that is not shoal's child (what a job left behind) the JDK polls from 300 ms
     * apart, and saw a sleep end 1.8 s after SIGTERM, so every job that left one took the whole grace.
     */
    private static void awaitExit(ProcessHandle process, long deadline) {
        while (Sessions.living(process) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // still alive: it gets SIGKILL
            }
        }
    }
}
