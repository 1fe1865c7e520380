package dev.shoal.ui;

import static dev.shoal.run.CLibrary.status;

import dev.shoal.run.CLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * {@code isatty} and {@code ioctl(TIOCGWINSZ)} called through the FFM API, both linked with the one signature
 * of {@link CLibrary} (six machine words in, one out; it says why that is sound on these ABIs), the
 * spawner's too, so the JVM makes one stub for all of them: linked as variadic, ioctl took a stub of its own
 * and 14 ms, against 2 (bench/README, "Terminal facts without Jansi"). ioctl is variadic in C, its third
 * argument read with {@code va_arg(ap, void *)}. On AArch64 Linux a variadic argument is passed as a fixed
 * one. On x86-64 it is too (the third integer register), and a variadic call also sets %al to the number
 * of vector registers used, which a callee reads only to save those registers for a floating-point
 * va_arg; ioctl reads none, and its compiled code never reads %al (glibc 2.36 on Debian, disassembled).
 */
final class PosixTerminalCalls implements TerminalCalls {
    /** TIOCGWINSZ of Linux's asm-generic ioctls, the same on x86-64 and arm64. */
    private static final long TIOCGWINSZ = 0x5413;
    /** struct winsize: unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel. */
    private static final long WINSIZE_SIZE = 8;

    private final MethodHandle isatty;
    private final MethodHandle ioctl;

    private PosixTerminalCalls(MethodHandle isatty, MethodHandle ioctl) {
        this.isatty = isatty;
        this.ioctl = ioctl;
    }

    /** The calls, on Linux on x86-64 or arm64 with a C library that has them; else empty. */
    static Optional<TerminalCalls> load() {
        return CLibrary.linked(c -> new PosixTerminalCalls(c.function("isatty"), c.function("ioctl")));
    }

    @Override
    public boolean isTerminal(int fd) {
        return status(isatty, fd) == 1;
    }

    @Override
    public ScreenSize size(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(WINSIZE_SIZE, 8);
            int error = status(ioctl, fd, TIOCGWINSZ, size.address());
            // Copied out rather than read field by field: reading through a layout made a VarHandle, 4 ms.
            short[] winsize = new short[4];
            MemorySegment.copy(size, ValueLayout.JAVA_SHORT, 0, winsize, 0, winsize.length);
            int rows = Short.toUnsignedInt(winsize[0]);
            int columns = Short.toUnsignedInt(winsize[1]);
            return error != 0 ? null : new ScreenSize(columns, rows);
        }
    }
}
