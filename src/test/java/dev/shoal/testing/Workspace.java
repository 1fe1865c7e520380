package dev.shoal.testing;

import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import dev.shoal.run.ShellWords;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's world: a temp folder holding repos, a git identity and shoal's config home, so tests
 * never touch the user's real config. Runs shoal in-process ({@link #shoal}) or as a real JVM
 * process ({@link #shoalProcess}).
 */
public final class Workspace {
    private final Path root;
    private final Git git;
    private final Map<String, String> env = new HashMap<>();

    public Workspace(Path root) {
        this.root = root;
        this.git = new Git(root.resolve("home"));
        env.put("PATH", System.getenv("PATH"));
        env.putAll(git.env());
        env.put("SHOAL_HOME", configHome().toString());
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Path configHome() {
        return root.resolve("config");
    }

    public Path reposFile() {
        return configHome().resolve("repos.yml");
    }

    /** The environment shoal runs with; tests may add to it (NO_COLOR, say). */
    public Map<String, String> env() {
        return env;
    }

    /** A work tree with one commit at {@code relative} below the workspace. */
    public Path repo(String relative) {
        return git.repo(path(relative));
    }

    /**
     * Bare repos {@code remotes/NAME.git}, each holding {@code seed}'s main branch, for tests that clone,
     * fetch and push; returns the {@code remotes} folder.
     */
    public Path remotesFrom(Path seed, String... names) {
        Path remotes = path("remotes");
        for (String name : names) {
            git.run(seed, "push", "-q", git.bare(remotes.resolve(name + ".git")).toString(), "main");
        }
        return remotes;
    }

    /** A clone of {@code remote} at {@code relative} below the workspace: a repo whose origin is that remote. */
    public Path cloneOf(Path remote, String relative) {
        Path repo = path(relative);
        git.run(root, "clone", "-q", remote.toString(), repo.toString());
        return repo;
    }

    /** {@link #cloneOf}, registered with shoal under its folder's name. */
    public Path registeredClone(Path remote, String relative) {
        Path repo = cloneOf(remote, relative);
        ProcessResult added = shoal("add", repo.toString());
        if (added.exitCode() != 0) {
            throw new AssertionError("shoal add failed: " + added.stderr());
        }
        return repo;
    }

    /** Work trees src/NAME, one commit each, registered with shoal under those names. */
    public void registeredRepos(String... names) {
        for (String name : names) {
            repo("src/" + name);
        }
        ProcessResult added = shoal("add", "-r", path("src").toString());
        if (added.exitCode() != 0) {
            throw new AssertionError("shoal add failed: " + added.stderr());
        }
    }

    public ProcessResult shoal(String... args) {
        return shoalIn(root, Terminal.PIPE, args);
    }

    /** Runs shoal in this JVM, as if from {@code cwd}, with the given terminal facts and stdin closed. */
    public ProcessResult shoalIn(Path cwd, Terminal terminal, String... args) {
        return shoalWithInput(cwd, terminal, "", args);
    }

    public ProcessResult shoalWithInput(Path cwd, Terminal terminal, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(env, cwd, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> terminal);
        int code = ShoalCli.run(session, args);
        return new ProcessResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs shoal as a separate JVM from the test classpath, with stdin closed. */
    public ProcessResult shoalProcess(String... args) {
        return ProcessResult.run(shoalCommand(args), root, env);
    }

    /**
     * Runs {@code line} through {@code sh -c}, as a user pasting it would, with a {@code shoal} command on
     * the PATH that starts this build's shoal: for the hints and {@code rerun:} lines shoal prints.
     */
    public ProcessResult inShell(String line) {
        Path bin = path("shell-bin");
        Path script = bin.resolve("shoal");
        if (!Files.exists(script)) {
            Git.write(script, "#!/bin/sh\nexec " + ShellWords.join(shoalCommand()) + " \"$@\"\n");
            if (!script.toFile().setExecutable(true)) {
                throw new AssertionError("cannot make " + script + " executable");
            }
        }
        Map<String, String> shellEnv = new HashMap<>(env);
        shellEnv.put("PATH", bin + ":" + env.get("PATH"));
        return ProcessResult.run(List.of("sh", "-c", line), root, shellEnv);
    }

    /** The command line that starts shoal as its own process (for ProcessBuilder, tmux, and the like). */
    public static List<String> shoalCommand(String... args) {
        return javaCommand("dev.shoal.Main", args);
    }

    /** The command line that runs {@code mainClass} from the test classpath (shoal, or a test's own driver) as a process. */
    public static List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    public String readReposFile() {
        try {
            return Files.readString(reposFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
