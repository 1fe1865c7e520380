package dev.shoal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What a finished process printed and returned. */
public record ProcessResult(int exitCode, String stdout, String stderr) {

    /** Runs a command to completion with stdin closed; fails the test if it runs longer than two minutes. */
    public static ProcessResult run(List<String> command, Path dir, Map<String, String> env) {
        return run(command, dir, env, true);
    }

    /** Like {@link #run}, with only the given environment: nothing of the test's own is inherited. */
    public static ProcessResult runWithOnly(List<String> command, Path dir, Map<String, String> env) {
        return run(command, dir, env, false);
    }

    private static ProcessResult run(List<String> command, Path dir, Map<String, String> env, boolean inherit) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            if (!inherit) {
                builder.environment().clear();
            }
            builder.environment().putAll(env);
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new ProcessResult(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public List<String> lines() {
        return stdout.lines().toList();
    }
}
