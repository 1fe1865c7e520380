package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What git's stderr says about why a command failed. */
class FailureKindTest {
    @Test
    void credentialsBeforeAnythingElse() {
        assertEquals(FailureKind.CREDENTIALS, FailureKind.of(
                "fatal: could not read Username for 'https://github.com': terminal prompts disabled\n"));
        assertEquals(FailureKind.CREDENTIALS, FailureKind.of(
                "git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n"));
    }

    @Test
    void dropsTransientAndTheRest() {
        assertEquals(FailureKind.DROPPED_CONNECTION, FailureKind.of(
                "kex_exchange_identification: Connection closed by remote host\nConnection closed by 10.0.0.1 port 22\n"));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of("fatal: unable to access 'https://x/': Could not resolve host: x\n"));
        assertEquals(FailureKind.OTHER, FailureKind.of("fatal: couldn't find remote ref nope\n"));
    }
}
