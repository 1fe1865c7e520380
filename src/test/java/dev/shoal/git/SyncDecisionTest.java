package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The porcelain v2 facts sync reads, and what it decides from them. */
class SyncDecisionTest {
    private static SyncDecision.Kind decide(String porcelain) {
        return SyncDecision.decide(SyncState.parse(porcelain)).kind();
    }

    @Test
    void readsBranchUpstreamCountsAndChanges() {
        SyncState state = SyncState.parse("""
                # branch.oid 1111111111111111111111111111111111111111
                # branch.head main
                # branch.upstream origin/main
                # branch.ab +1 -3
                1 .M N... 100644 100644 100644 aaaa bbbb README.md
                """);
        assertEquals(new SyncState(Optional.of("main"), Optional.of("origin/main"), false, 1, 3, true), state);
    }

    @Test
    void fastForwardsOnlyWhenOnlyBehindAndClean() {
        String head = "# branch.oid 1\n# branch.head main\n# branch.upstream origin/main\n";
        assertEquals(SyncDecision.Kind.FAST_FORWARD, decide(head + "# branch.ab +0 -2\n"));
        assertEquals(SyncDecision.Kind.UP_TO_DATE, decide(head + "# branch.ab +0 -0\n"));
        assertEquals(SyncDecision.Kind.AHEAD, decide(head + "# branch.ab +2 -0\n"));
        assertEquals(SyncDecision.Kind.DIVERGED, decide(head + "# branch.ab +1 -1\n"));
        assertEquals(SyncDecision.Kind.DIRTY, decide(head + "# branch.ab +0 -1\n1 M. N... 100644 100644 100644 a b f\n"));
        assertEquals(SyncDecision.Kind.DIRTY, decide(head + "# branch.ab +0 -1\nu UU N... 1 1 1 1 a b c f\n"), "a conflict");
        assertEquals(SyncDecision.Kind.DIRTY, decide(head + "# branch.ab +0 -1\n2 R. N... 1 1 1 a b R100 new\told\n"), "a rename");
        assertEquals(SyncDecision.Kind.FAST_FORWARD, decide(head + "# branch.ab +0 -1\n? untracked.txt\n"));
        assertEquals(SyncDecision.Kind.UPSTREAM_GONE, decide(head), "an upstream without counts is gone");
        assertEquals(SyncDecision.Kind.NO_UPSTREAM, decide("# branch.oid 1\n# branch.head topic\n"));
        assertEquals(SyncDecision.Kind.DETACHED, decide("# branch.oid 1\n# branch.head (detached)\n"));
    }

    @Test
    void saysWhatItDid() {
        SyncState behind = new SyncState(Optional.of("main"), Optional.of("origin/main"), false, 0, 1, false);
        assertEquals("updated 1 commit from origin/main", SyncDecision.decide(behind).describe());
        SyncState gone = new SyncState(Optional.of("main"), Optional.of("origin/old"), true, 0, 0, false);
        assertEquals("no upstream: origin/old is gone", SyncDecision.decide(gone).describe());
    }
}
