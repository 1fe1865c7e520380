package dev.shoal.cli;

import dev.shoal.git.GitSteps;
import dev.shoal.git.StepResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// TODO(runner): a stand-in until the runner lands; it replaces this.
final class ProcessSteps implements GitSteps {
    private final Session session;
    private final List<String> flags;

    ProcessSteps(Session session, List<String> flags) {
        this.session = session;
        this.flags = flags;
    }

    @Override
    public StepResult git(Path dir, List<String> args) throws InterruptedException {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(flags);
        argv.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(session.env());
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            int code = process.waitFor();
            return new StepResult(code, out.join(), err.join());
        } catch (IOException e) {
            return new StepResult(127, "", e.getMessage());
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
