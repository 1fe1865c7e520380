package dev.shoal.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the real git binary for tests, isolated from the user's git config: a fixed identity, no
 * global or system config, {@code main} as the default branch.
 */
public final class Git {
    private final Path home;

    public Git(Path home) {
        this.home = home;
    }

    /** The environment every git (and shoal) process of a test runs with. */
    public Map<String, String> env() {
        return Map.of(
                "HOME", home.toString(),
                "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString(),
                "GIT_AUTHOR_NAME", "Test Author",
                "GIT_AUTHOR_EMAIL", "author@example.com",
                "GIT_COMMITTER_NAME", "Test Committer",
                "GIT_COMMITTER_EMAIL", "committer@example.com",
                "GIT_TERMINAL_PROMPT", "0");
    }

    /** Runs git in {@code dir}; fails the test when git fails. Returns stdout. */
    public String run(Path dir, String... args) {
        ProcessResult result = tryRun(dir, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed in " + dir + ":\n" + result.stderr());
        }
        return result.stdout();
    }

    public ProcessResult tryRun(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(args));
        return ProcessResult.run(command, dir, env());
    }

    /** A new work tree with one commit; returns its path. */
    public Path repo(Path path) {
        init(path);
        commit(path, "README.md", "# " + path.getFileName() + "\n", "first commit");
        return path;
    }

    public Path init(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        run(path, "init", "-q");
        return path;
    }

    public Path bare(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        run(path, "init", "-q", "--bare");
        return path;
    }

    /** Writes a file and commits it. */
    public void commit(Path repo, String file, String content, String message) {
        write(repo.resolve(file), content);
        run(repo, "add", file);
        run(repo, "commit", "-q", "-m", message);
    }

    public void clone(Path from, Path to) {
        run(to.getParent(), "clone", "-q", from.toString(), to.toString());
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
