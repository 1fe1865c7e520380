package dev.shoal.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts git the way shoal's readers do: the repo's registered flags right after {@code git}, stdin
 * closed, no credential prompts, and no optional locks, so reading a repo never blocks or races a git
 * the user runs in it at the same moment (and never rewrites its index).
 */
public final class GitProcess {
    private static final File NO_INPUT = new File("/dev/null");
    private final Map<String, String> env;

    /** {@code env} is the whole environment git runs with (the session's, not necessarily this JVM's). */
    public GitProcess(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put("GIT_OPTIONAL_LOCKS", "0");
        copy.put("GIT_TERMINAL_PROMPT", "0");
        this.env = Map.copyOf(copy);
    }

    /** What finished git printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** What went wrong, on one line: git's own words, else the exit code. */
        public String problem() {
            String said = String.join("; ", stderr.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            return said.isEmpty() ? "git exited with " + exitCode : said;
        }
    }

    public static List<String> argv(List<String> flags, List<String> args) {
        List<String> argv = new ArrayList<>(1 + flags.size() + args.size());
        argv.add("git");
        argv.addAll(flags);
        argv.addAll(args);
        return argv;
    }

    public Result run(Path dir, List<String> flags, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv(flags, List.of(args))).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            // Drained at once so git never blocks on a full pipe, whatever it prints on either stream.
            CompletableFuture<String> stderr = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> stderr.complete(drain(process.getErrorStream())));
            String stdout = readAll(process.getInputStream());
            int exitCode = process.waitFor();
            return new Result(exitCode, stdout, stderr.join());
        } finally {
            process.destroy(); // a no-op once it has ended; stops it when interrupted midway
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** stderr only ever explains a failure; if it cannot be read, the exit code still tells. */
    private static String drain(InputStream in) {
        try {
            return readAll(in);
        } catch (IOException e) {
            return "";
        }
    }
}
