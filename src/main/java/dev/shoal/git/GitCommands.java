package dev.shoal.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The git subcommands a user would type: porcelain, {@code git-*} programs on the PATH, and aliases, as
 * git's own bash completion lists them ({@code git --list-cmds}, git 2.18+). One git process, a few ms.
 */
public final class GitCommands {
    private static final String LISTS = "list-mainporcelain,others,nohelpers,alias,list-complete,config";

    private GitCommands() {
    }

    /** The names, sorted and distinct; empty when git is missing or too old to list them. */
    public static List<String> list(Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder("git", "--list-cmds=" + LISTS)
                .directory(new File(System.getProperty("java.io.tmpdir")))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            Process git = builder.start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return List.of();
            }
            return out.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
