package dev.shoal.ui.output;

/**
 * A view that can leave the terminal to something else for a while (a question of a run's process):
 * nothing of the view prints meanwhile, and it carries on afterwards where it was.
 */
public interface StepsAside {
    /** What runs while the view is aside. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws InterruptedException;
    }

    <T> T aside(Action<T> action) throws InterruptedException;
}
