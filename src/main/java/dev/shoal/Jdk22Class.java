package dev.shoal;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A class of src/main/java22: one that calls the FFM API, final from JDK 22 on, compiled for 22 into the
 * same jar, which still runs on 21. Such a class is never named by the code compiled for 21: it is loaded
 * by name, only on a JDK 22 or newer, and its static {@code load()} says whether it works here (the
 * system, the processor, the C library).
 */
public final class Jdk22Class {
    private Jdk22Class() {
    }

    /** What {@code name}'s {@code static Optional<T> load()} gives; empty on JDK 21 and when it cannot load. */
    public static <T> Optional<T> load(String name) {
        if (Runtime.version().feature() < 22) {
            return Optional.empty();
        }
        try {
            Method load = Class.forName(name).getDeclaredMethod("load");
            load.setAccessible(true); // package-private, like the class
            @SuppressWarnings("unchecked")
            Optional<T> loaded = (Optional<T>) load.invoke(null);
            return loaded;
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }
}
