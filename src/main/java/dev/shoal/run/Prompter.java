package dev.shoal.run;

import java.util.Optional;

/**
 * Asks the user what a run's processes asked shoal ({@link PromptBroker}), one question at a time; the
 * terminal's side of it lives in ui. Called from one thread only.
 */
public interface Prompter {
    /**
     * One question from one repo's process.
     *
     * @param repo   the repo whose process asks
     * @param host   the remote host it talks to, or empty when not known
     * @param text   what git or ssh asks, as it asked it (a stranger's text: the URL is the remote's)
     * @param secret whether what is typed must not show (a password, a passphrase)
     * @param again  the answer given before for the same question was refused
     */
    record Question(String repo, String host, String text, boolean secret, boolean again) {
    }

    /**
     * The user's answer, as typed, without its line ending; empty when the user has none (ended the
     * input with Ctrl-D). Ctrl-C interrupts the waiting thread.
     */
    Optional<String> ask(Question question) throws InterruptedException;

    /** What runs with the terminal handed over; true when it went well. */
    @FunctionalInterface
    interface Handover {
        boolean run() throws InterruptedException;
    }

    /** Hands the terminal over to {@code action} (an editor) for {@code repo}, under a header naming {@code what}. */
    boolean handOver(String repo, String what, Handover action) throws InterruptedException;
}
