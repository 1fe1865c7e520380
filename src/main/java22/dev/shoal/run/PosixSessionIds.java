package dev.shoal.run;

import java.lang.invoke.MethodHandle;
import java.util.Optional;

/** {@link SessionIds} by the C library's getsid, linked under the one signature of {@link CLibrary}. */
final class PosixSessionIds implements SessionIds {
    private final MethodHandle getsid;

    private PosixSessionIds(MethodHandle getsid) {
        this.getsid = getsid;
    }

    /** On Linux on x86-64 or arm64 with a C library that has getsid; else empty. */
    static Optional<SessionIds> load() {
        return CLibrary.linked(c -> new PosixSessionIds(c.function("getsid")));
    }

    @Override
    public long of(long pid) {
        // pid_t is an int: -1 (ESRCH, EPERM) comes back as the low half of the word.
        return CLibrary.status(getsid, pid);
    }
}
