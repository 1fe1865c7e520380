package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostLimiterTest {
    private static final List<String> HOST = List.of("example.com");

    @Test
    void growsWhileTheHostServesThenHalvesOnceForABurstOfDrops() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(64);
        assertEquals(HostLimiter.START, limiter.limit("example.com"));
        for (int i = 0; i < 4; i++) {
            limiter.release(limiter.acquire(HOST), HostLimiter.Outcome.SERVED);
        }
        assertEquals(HostLimiter.START + 4, limiter.limit("example.com"));

        // Ten connections opened together, all dropped: one cut, not ten.
        List<HostLimiter.Ticket> open = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            open.add(limiter.acquire(HOST));
        }
        open.forEach(ticket -> limiter.release(ticket, HostLimiter.Outcome.DROPPED));
        assertEquals((HostLimiter.START + 4) / 2, limiter.limit("example.com"));

        // After a cut it grows by one per full round only.
        int cut = limiter.limit("example.com");
        for (int i = 0; i < cut - 1; i++) {
            limiter.release(limiter.acquire(HOST), HostLimiter.Outcome.SERVED);
        }
        assertEquals(cut, limiter.limit("example.com"));
        limiter.release(limiter.acquire(HOST), HostLimiter.Outcome.SERVED);
        assertEquals(cut + 1, limiter.limit("example.com"));
    }

    @Test
    void neverBeyondTheOverallBoundNorBelowOne() throws InterruptedException {
        HostLimiter limiter = new HostLimiter(3);
        assertEquals(3, limiter.limit("a"));
        limiter.release(limiter.acquire(List.of("a")), HostLimiter.Outcome.SERVED);
        assertEquals(3, limiter.limit("a"));
        for (int i = 0; i < 5; i++) {
            limiter.release(limiter.acquire(List.of("a")), HostLimiter.Outcome.DROPPED);
        }
        assertEquals(1, limiter.limit("a"));
    }

    @Test
    void aFullHostMakesTheNextWaitUntilOneIsReleased() throws Exception {
        HostLimiter limiter = new HostLimiter(1);
        HostLimiter.Ticket first = limiter.acquire(HOST);
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                limiter.release(limiter.acquire(HOST), HostLimiter.Outcome.UNUSED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.join(200);
        assertEquals(Thread.State.WAITING, waiter.getState());
        limiter.release(first, HostLimiter.Outcome.SERVED);
        waiter.join();
    }
}
