package dev.shoal.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * For the length of a run: Ctrl-C (SIGINT) calls {@code onInterrupt} instead of ending the JVM, so the
 * runner can stop its children and still print what finished; and if the JVM is ended anyway (SIGTERM,
 * SIGHUP), {@code onExit} runs first, so no child outlives it. Closing restores both.
 * <p>
 * SIGINT is handled through {@code sun.misc.Signal} (in jdk.unsupported, there on every HotSpot JDK),
 * reached by reflection because javac warns about any direct use of it, whatever the flags. Where it is
 * missing, Ctrl-C ends the JVM and the exit hook still stops the children. A SIGINT the process
 * inherited as ignored (nohup, a background job) stays ignored.
 */
final class InterruptGuard implements AutoCloseable {
    private final Object previousHandler;
    private final Thread exitHook;

    private InterruptGuard(Object previousHandler, Thread exitHook) {
        this.previousHandler = previousHandler;
        this.exitHook = exitHook;
    }

    static InterruptGuard install(Runnable onInterrupt, Runnable onExit) {
        Thread hook = new Thread(onExit, "shoal-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptGuard(SigInt.handle(onInterrupt), hook);
    }

    @Override
    public void close() {
        if (previousHandler != null) {
            SigInt.restore(previousHandler);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is running or has run.
        }
    }

    /** sun.misc.Signal.handle(new Signal("INT"), handler), by reflection. */
    private static final class SigInt {
        private SigInt() {
        }

        /** Installs the handler; returns the previous one, or null when SIGINT cannot be handled here. */
        static Object handle(Runnable action) {
            try {
                Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
                Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "handle" -> {
                                action.run();
                                yield null;
                            }
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "shoal SIGINT handler";
                        });
                return install(handler);
            } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
                return null;
            }
        }

        static void restore(Object previous) {
            try {
                install(previous);
            } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
                // Nothing to restore to; the JVM exits soon anyway.
            }
        }

        private static Object install(Object handler) throws ReflectiveOperationException {
            Class<?> signalType = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object signal = signalType.getConstructor(String.class).newInstance("INT");
            Method handle = signalType.getMethod("handle", signalType, handlerType);
            try {
                return handle.invoke(null, signal, handler);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException refused) {
                    throw refused;
                }
                throw e;
            }
        }
    }
}
