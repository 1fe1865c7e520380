package dev.shoal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many network commands may talk to one remote host at once, learned as the run goes, like TCP's
 * congestion window: it starts at {@link #START}, grows by one with each command the host served
 * (doubling per round) until the host first drops a connection, then halves and afterwards grows by one
 * per full round. An OpenSSH server drops unauthenticated connections past 10 by default (MaxStartups);
 * GitHub takes many more. Hosts are taken in sorted order, so commands needing several never deadlock.
 */
final class HostLimiter {
    static final int START = 8;

    private final int ceiling;
    private final Map<String, HostWindow> windows = new ConcurrentHashMap<>();

    HostLimiter(int ceiling) {
        this.ceiling = ceiling;
    }

    /** How a connection went, which is what the window learns from. */
    enum Outcome {
        /** The host served it (whatever git made of the answer). */
        SERVED,
        /** The host closed the connection before serving it, or said "too many requests". */
        DROPPED,
        /** Nothing to learn: the command was stopped, or never got to connect. */
        UNUSED
    }

    /** A claim on one connection to each host (sorted); release it with {@link #release}. */
    record Ticket(List<String> hosts, List<Integer> generations) {
    }

    Ticket acquire(List<String> sortedHosts) throws InterruptedException {
        List<Integer> generations = new ArrayList<>();
        try {
            for (String host : sortedHosts) {
                generations.add(window(host).acquire());
            }
        } catch (InterruptedException e) {
            release(new Ticket(sortedHosts.subList(0, generations.size()), generations), Outcome.UNUSED);
            throw e;
        }
        return new Ticket(List.copyOf(sortedHosts), generations);
    }

    void release(Ticket ticket, Outcome outcome) {
        for (int i = 0; i < ticket.hosts().size(); i++) {
            window(ticket.hosts().get(i)).release(ticket.generations().get(i), outcome);
        }
    }

    /** The current bound for a host (for tests and diagnostics). */
    int limit(String host) {
        return window(host).limit();
    }

    private HostWindow window(String host) {
        return windows.computeIfAbsent(host, h -> new HostWindow(Math.min(START, ceiling), ceiling));
    }

    private static final class HostWindow {
        private final int ceiling;
        private int limit;
        private int inFlight;
        private boolean slowStart = true;
        private int servedThisRound;
        /** Bumped at each cut, so the drops of connections opened before a cut do not cut again. */
        private int generation;

        HostWindow(int limit, int ceiling) {
            this.limit = limit;
            this.ceiling = ceiling;
        }

        synchronized int acquire() throws InterruptedException {
            while (inFlight >= limit) {
                wait();
            }
            inFlight++;
            return generation;
        }

        synchronized void release(int openedIn, Outcome outcome) {
            inFlight--;
            switch (outcome) {
                case SERVED -> grow();
                case DROPPED -> cut(openedIn);
                case UNUSED -> {
                    // Nothing learned.
                }
            }
            notifyAll();
        }

        private void grow() {
            if (slowStart || ++servedThisRound >= limit) {
                limit = Math.min(ceiling, limit + 1);
                servedThisRound = 0;
            }
        }

        private void cut(int openedIn) {
            if (openedIn == generation) {
                limit = Math.max(1, limit / 2);
                slowStart = false;
                servedThisRound = 0;
                generation++;
            }
        }

        synchronized int limit() {
            return limit;
        }
    }
}
