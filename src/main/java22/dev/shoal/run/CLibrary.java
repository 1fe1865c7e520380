package dev.shoal.run;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The C library's functions, called through the FFM API under one C signature: used by {@link PosixSpawner}
 * and by ui.PosixTerminalCalls.
 *
 * <p><b>One C signature for every call.</b> The JVM makes a class and a stub for each distinct signature it
 * links, about 7 ms of CPU each: the 9 signatures of the spawner's calls cost 70 ms, more than the starts
 * of a ten-repo run save. So every function is linked as {@code long f(long, long, long, long, long, long)},
 * and the JVM makes that stub once for all of them: on the two ABIs accepted here (x86-64 System V and
 * AArch64, see {@link #ARCHITECTURES}), the first six integer and pointer arguments go in the same six
 * registers whatever their C type, a callee reads only the registers of its own parameters, and an
 * {@code int} result is the low half of the returned register. Pointers are passed as their addresses,
 * ints and shorts as their values; 19 ms for every call of the spawner instead of 70 (bench/README, "One
 * signature, and every start native"). A variadic function needs its own argument for this (see
 * ui.PosixTerminalCalls on ioctl).
 */
public final class CLibrary {
    /** The ABIs whose calling convention lets {@link #WORDS} stand for every call's signature. */
    private static final Set<String> ARCHITECTURES = Set.of("amd64", "x86_64", "aarch64");
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG;
    /** The one signature every function is linked with: six machine words in, one out. */
    private static final FunctionDescriptor WORDS = FunctionDescriptor.of(WORD, WORD, WORD, WORD, WORD, WORD, WORD);

    private final Linker linker;
    private final SymbolLookup c;

    private CLibrary(Linker linker, SymbolLookup c) {
        this.linker = linker;
        this.c = c;
    }

    /**
     * What {@code make} builds from the library's functions; empty where there is no such library here
     * (not Linux on x86-64 or arm64), a function is missing, or native access is refused.
     */
    public static <T> Optional<T> linked(Function<CLibrary, T> make) {
        return load().flatMap(c -> {
            try {
                return Optional.of(make.apply(c));
            } catch (RuntimeException e) {
                // A function missing from this C library (NoSuchElementException), or native access refused.
                return Optional.empty();
            }
        });
    }

    private static Optional<CLibrary> load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux") || !ARCHITECTURES.contains(arch)) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return Optional.of(new CLibrary(linker, linker.defaultLookup()));
        } catch (UnsupportedOperationException e) {
            // No native linker for this platform.
            return Optional.empty();
        }
    }

    /**
     * The function {@code name}, linked under {@link #WORDS}. NoSuchElementException when the library has
     * none; IllegalCallerException when native access is refused (linking is what the JDK restricts).
     */
    public MethodHandle function(String name) {
        return linker.downcallHandle(c.find(name).orElseThrow(), WORDS);
    }

    /**
     * Calls a C function of up to six arguments (see {@link #WORDS}); the words past its own are passed
     * as 0 and not read. Returns the whole word, which only a pointer result needs: an {@code int} result
     * is the low half alone (-1 comes back as 0xffffffff), which {@link #status} takes.
     */
    public static long call(MethodHandle function, long... words) {
        if (words.length > 6) {
            throw new IllegalArgumentException("a C call through WORDS takes six arguments at most");
        }
        long[] six = Arrays.copyOf(words, 6);
        try {
            return (long) function.invokeExact(six[0], six[1], six[2], six[3], six[4], six[5]);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // invokeExact declares Throwable; a downcall throws nothing checked.
            throw new IllegalStateException(e);
        }
    }

    /** An {@code int} result: 0, or an error number, or -1. */
    public static int status(MethodHandle function, long... words) {
        return (int) call(function, words);
    }
}
