package dev.shoal.ui;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code isatty} and {@code ioctl(TIOCGWINSZ)} called through the FFM API, both linked with the one signature
 * run.PosixSpawner links every call with (six machine words in, one out; it says why that is sound on
 * these ABIs), so the JVM makes one stub for all of them: linked as variadic, ioctl took a stub of its own
 * and 14 ms, against 2 (bench/README, "Terminal facts without Jansi"). ioctl is variadic in C, its third
 * argument read with {@code va_arg(ap, void *)}. On AArch64 Linux a variadic argument is passed as a fixed
 * one. On x86-64 it is too (the third integer register), and a variadic call also sets %al to the number
 * of vector registers used, which a callee reads only to save those registers for a floating-point
 * va_arg; ioctl reads none, and its compiled code never reads %al (glibc 2.36 on Debian, disassembled).
 */
final class PosixTerminalCalls implements TerminalCalls {
    /** TIOCGWINSZ of Linux's asm-generic ioctls, the same on x86-64 and arm64. */
    private static final long TIOCGWINSZ = 0x5413;
    /** The ABIs whose calling convention lets six words stand for isatty's signature (see run.PosixSpawner). */
    private static final Set<String> ARCHITECTURES = Set.of("amd64", "x86_64", "aarch64");
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG;
    private static final FunctionDescriptor WORDS = FunctionDescriptor.of(WORD, WORD, WORD, WORD, WORD, WORD, WORD);
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
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux") || !ARCHITECTURES.contains(arch)) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle isatty = linker.downcallHandle(linker.defaultLookup().find("isatty").orElseThrow(), WORDS);
            MethodHandle ioctl = linker.downcallHandle(linker.defaultLookup().find("ioctl").orElseThrow(), WORDS);
            return Optional.of(new PosixTerminalCalls(isatty, ioctl));
        } catch (RuntimeException e) {
            // A call missing from this C library (NoSuchElementException), or native access refused.
            return Optional.empty();
        }
    }

    @Override
    public boolean isTerminal(int fd) {
        try {
            return (int) (long) isatty.invokeExact((long) fd, 0L, 0L, 0L, 0L, 0L) == 1;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // invokeExact declares Throwable; a downcall throws nothing checked.
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ScreenSize size(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment size = arena.allocate(WINSIZE_SIZE, 8);
            long status = (long) ioctl.invokeExact((long) fd, TIOCGWINSZ, size.address(), 0L, 0L, 0L);
            // Copied out rather than read field by field: reading through a layout made a VarHandle, 4 ms.
            short[] winsize = new short[4];
            MemorySegment.copy(size, ValueLayout.JAVA_SHORT, 0, winsize, 0, winsize.length);
            int rows = Short.toUnsignedInt(winsize[0]);
            int columns = Short.toUnsignedInt(winsize[1]);
            return (int) status != 0 ? null : new ScreenSize(columns, rows);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // As above: nothing checked is thrown.
            throw new IllegalStateException(e);
        }
    }
}
