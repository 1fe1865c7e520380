package dev.shoal.run;

import dev.shoal.git.GitResult;
import dev.shoal.git.GitRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts git for shoal's readers ({@link GitRunner}) through the launcher: stdin closed, no prompts, no
 * optional locks, the repo's parent as a ceiling. stderr is only read when git fails, by running it
 * again: git's readers fail rarely, and sparing every successful run a second pipe and a thread to drain
 * it is a measurable share of the cost of reading a thousand repos. The commands run here only read.
 */
public final class GitReader implements GitRunner {
    private final Launcher launcher;
    private final Map<String, String> env;

    /** {@code env} is the session's environment. */
    public GitReader(Launcher launcher, Map<String, String> env) {
        this.launcher = launcher;
        this.env = Map.copyOf(env);
    }

    @Override
    public GitResult run(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException {
        GitResult result = output(repo, flags, args);
        if (result.ok()) {
            return result;
        }
        Process again = launcher.start(spec(repo, flags, args, LaunchSpec.Io.READ_ERR));
        return new GitResult(result.exitCode(), result.stdout(), text(finish(again, again.getErrorStream())));
    }

    @Override
    public GitResult output(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException {
        return read(spec(repo, flags, args, LaunchSpec.Io.READ_OUT));
    }

    @Override
    public Optional<byte[]> bytes(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException {
        Process process = launcher.start(spec(repo, flags, args, LaunchSpec.Io.READ_OUT));
        byte[] stdout = finish(process, process.getInputStream());
        return process.exitValue() == 0 ? Optional.of(stdout) : Optional.empty();
    }

    private GitResult read(LaunchSpec spec) throws IOException, InterruptedException {
        Process process = launcher.start(spec);
        String stdout = text(finish(process, process.getInputStream()));
        return new GitResult(process.exitValue(), stdout, "");
    }

    private LaunchSpec spec(Path repo, List<String> flags, List<String> args, LaunchSpec.Io io) {
        List<String> argv = new ArrayList<>(1 + flags.size() + args.size());
        argv.add("git");
        argv.addAll(flags);
        argv.addAll(args);
        return new LaunchSpec(argv, repo, env, List.of(repo), io);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
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
}
