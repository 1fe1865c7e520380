package dev.shoal.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may stop a run's processes, and how: every process a run starts is registered here until it is
 * gone, every job's thread too. Ctrl-C interrupts the job threads (each then ends its own process's
 * session); the JVM going down (SIGTERM, SIGHUP) ends every registered process's session at once.
 */
final class RunControl {
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<Thread> jobThreads = ConcurrentHashMap.newKeySet();
    /** Every process the run started, by pid, each the leader of its own session (setsid). */
    private final Set<Long> leaders = ConcurrentHashMap.newKeySet();
    private volatile boolean interrupted;
    private volatile boolean outputClosed;

    void jobThread(Thread thread) {
        jobThreads.add(thread);
    }

    void register(Process process) {
        running.add(process);
        leaders.add(process.pid());
    }

    void unregister(Process process) {
        running.remove(process);
    }

    boolean stopping() {
        return interrupted || outputClosed;
    }

    boolean interrupted() {
        return interrupted;
    }

    boolean outputClosed() {
        return outputClosed;
    }

    /** Ctrl-C: every job stops (each thread ends its own process tree), and the summary still comes. */
    void interrupt() {
        interrupted = true;
        jobThreads.forEach(Thread::interrupt);
    }

    /** Nobody reads the output any more: stop everything, say nothing. */
    void outputGone() {
        if (!outputClosed) {
            outputClosed = true;
            jobThreads.forEach(Thread::interrupt);
        }
    }

    /** The run is over: whatever its processes left running in their sessions is ended too. */
    void endSessions() {
        ProcessTree.killSessions(Set.copyOf(leaders), Attempt.KILL_GRACE);
    }

    /** The JVM is going down: take every child's session with it. */
    void killAll() {
        ProcessTree.killAll(running.stream().map(Process::toHandle).toList(), Attempt.KILL_GRACE);
    }
}
