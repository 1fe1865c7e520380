package dev.shoal.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one command in the foreground, as if typed at the prompt: on shoal's own terminal when there is
 * one (so git shows its progress and may ask for a password), else with its output copied to the
 * session's streams and nothing to read.
 */
final class ForegroundProcess {
    private ForegroundProcess() {
    }

    static int run(Session session, Path dir, List<String> argv) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(session.env());
        if (session.processStreams()) {
            builder.inheritIO();
        } else {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + argv.getFirst() + ": " + e.getMessage(), e);
        }
        if (session.processStreams()) {
            return process.waitFor();
        }
        Thread out = Thread.ofVirtual().start(() -> copy(process.getInputStream(), session.out()));
        Thread err = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), session.err()));
        int code = process.waitFor();
        out.join();
        err.join();
        return code;
    }

    private static void copy(InputStream from, OutputStream to) {
        try (from) {
            from.transferTo(to);
            to.flush();
        } catch (IOException e) {
            // The reader went away (a closed pipe): the process's exit code still says how it went.
        }
    }
}
