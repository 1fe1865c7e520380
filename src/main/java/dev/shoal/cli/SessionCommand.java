package dev.shoal.cli;

import java.util.concurrent.Callable;

/** A command that works through the {@link Session} it was created with; returns its exit code. */
abstract class SessionCommand implements Callable<Integer> {
    protected final Session session;

    protected SessionCommand(Session session) {
        this.session = session;
    }
}
