package dev.shoal.cli;

import dev.shoal.git.GitSteps;
import dev.shoal.git.StepResult;
import dev.shoal.run.RunListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local git commands of a {@link FollowUp}: quick ones (remote add, checkout, status, a
 * fast-forward) that talk to no remote, so they need none of the runner's per-host bounds or retries.
 * Each one's output goes to the run's view as the repo's lines, and comes back for the next decision.
 */
final class LocalGitSteps implements GitSteps {
    private static final File NULL_DEVICE = new File("/dev/null");
    private final String repo;
    private final List<String> flags;
    private final Map<String, String> env;
    private final RunListener view;

    LocalGitSteps(String repo, List<String> flags, Map<String, String> env, RunListener view) {
        this.repo = repo;
        this.flags = List.copyOf(flags);
        this.env = env;
        this.view = view;
    }

    @Override
    public StepResult git(Path dir, List<String> args) throws InterruptedException {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(flags);
        argv.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new StepResult(-1, "", "cannot start git: " + e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = Thread.ofVirtual().start(() -> drain(process.getInputStream(), out));
        Thread errReader = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), err));
        try {
            int code = process.waitFor();
            outReader.join();
            errReader.join();
            show(out.toByteArray(), false);
            show(err.toByteArray(), true);
            return new StepResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        try (in) {
            in.transferTo(into);
        } catch (IOException e) {
            // The process is gone; what it printed so far is all there is.
        }
    }

    /** Passes output on to the view a line at a time, as the runner does with a job's own output. */
    private void show(byte[] bytes, boolean stderr) {
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > start) {
                    view.line(repo, Arrays.copyOfRange(bytes, start, i), stderr, false);
                }
                start = i + 1;
            }
        }
    }
}
