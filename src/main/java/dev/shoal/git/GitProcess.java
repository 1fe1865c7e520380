package dev.shoal.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts git the way shoal's readers do: the repo's registered flags right after {@code git}, stdin
 * closed, no credential prompts, and no optional locks, so reading a repo never blocks or races a git
 * the user runs in it at the same moment (and never rewrites its index).
 */
public final class GitProcess {
    private static final File NO_INPUT = new File("/dev/null");
    /**
     * What git itself clears before running in another repo ({@code git rev-parse --local-env-vars}, but
     * for the config ones, which the user may mean for every repo): run from a hook or a {@code rebase
     * --exec}, shoal would otherwise read the repo that set them, over and over.
     */
    private static final List<String> REPO_LOCAL = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
            "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_IMPLICIT_WORK_TREE",
            "GIT_GRAFT_FILE", "GIT_NO_REPLACE_OBJECTS", "GIT_REPLACE_REF_BASE", "GIT_PREFIX", "GIT_SHALLOW_FILE",
            "GIT_INTERNAL_SUPER_PREFIX");
    private final Map<String, String> env;
    private final String executable;

    /** {@code env} is the whole environment git runs with (the session's, not necessarily this JVM's). */
    public GitProcess(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        REPO_LOCAL.forEach(copy::remove);
        copy.put("GIT_OPTIONAL_LOCKS", "0");
        copy.put("GIT_TERMINAL_PROMPT", "0");
        this.env = Map.copyOf(copy);
        this.executable = onPath(env.get("PATH"));
    }

    /** The JVM would look git up on its own PATH; the git meant is the one on the environment's. */
    private static String onPath(String path) {
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "git");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return "git";
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

    /**
     * Runs git and reads what it prints. stderr is only read when git fails, by running it again: git's
     * readers fail rarely, and sparing every successful run a second pipe and a thread to drain it is a
     * measurable share of the cost of reading a thousand repos. The commands run here only read.
     */
    public Result run(Path dir, List<String> flags, String... args) throws IOException, InterruptedException {
        Result result = output(dir, flags, args);
        if (result.ok()) {
            return result;
        }
        Process again = builder(dir, flags, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new Result(result.exitCode(), result.stdout(), text(finish(again, again.getErrorStream())));
    }

    /** Runs git and reads its stdout only; what it says on stderr is dropped. */
    public Result output(Path dir, List<String> flags, String... args) throws IOException, InterruptedException {
        Process process = builder(dir, flags, args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = text(finish(process, process.getInputStream()));
        return new Result(process.exitValue(), stdout, "");
    }

    /** What git printed, byte for byte, when it succeeded: for objects, whose text may be in any charset. */
    public Optional<byte[]> bytes(Path dir, List<String> flags, String... args) throws IOException, InterruptedException {
        Process process = builder(dir, flags, args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout = finish(process, process.getInputStream());
        return process.exitValue() == 0 ? Optional.of(stdout) : Optional.empty();
    }

    private ProcessBuilder builder(Path dir, List<String> flags, String... args) {
        List<String> argv = argv(flags, List.of(args));
        argv.set(0, executable);
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder;
    }

    /** Reads the one stream left open to the end, then waits for the process. */
    private static byte[] finish(Process process, InputStream output) throws IOException, InterruptedException {
        try {
            byte[] read;
            try (output) {
                read = output.readAllBytes();
            }
            process.waitFor();
            return read;
        } finally {
            process.destroy(); // a no-op once it has ended; stops it when interrupted midway
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
