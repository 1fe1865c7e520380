package dev.shoal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * git config as git itself sees it for a process with a given environment: system, global (or
 * $GIT_CONFIG_GLOBAL), then a repo's own file, later ones winning, includes followed. The system and
 * global files are read once, for all repos. Read with JGit's parser from plain text: JGit's
 * file-backed config would probe the file system and write its findings to ~/.config/jgit.
 */
public final class GitConfig {
    private final Config shared;
    private final String home;

    private GitConfig(Config shared, String home) {
        this.shared = shared;
        this.home = home;
    }

    /** The system and global config of a process started with {@code env}. */
    public static GitConfig of(Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Config config = new Config();
        for (Path file : sharedFiles(env)) {
            config = read(file, config, home);
        }
        return new GitConfig(config, home);
    }

    /** A repo's config, on top of the shared one. */
    public Config forRepo(Path repoConfig) {
        return read(repoConfig, shared, home);
    }

    /** The files git reads before a repo's own, in order. */
    private static List<Path> sharedFiles(Map<String, String> env) {
        List<Path> files = new ArrayList<>();
        if (env.get("GIT_CONFIG_NOSYSTEM") == null) {
            files.add(Path.of("/etc/gitconfig"));
        }
        String global = env.get("GIT_CONFIG_GLOBAL");
        String home = env.get("HOME");
        if (global != null) {
            files.add(Path.of(global));
        } else {
            String xdg = env.get("XDG_CONFIG_HOME");
            if (xdg != null && !xdg.isEmpty()) {
                files.add(Path.of(xdg, "git", "config"));
            } else if (home != null) {
                files.add(Path.of(home, ".config", "git", "config"));
            }
            if (home != null) {
                files.add(Path.of(home, ".gitconfig"));
            }
        }
        return files;
    }

    /** One file on top of {@code base} (or alone, when null); a file that is missing, unreadable or broken adds nothing. */
    static Config read(Path file, Config base, String home) {
        Config config = new IncludingConfig(base, file, home);
        try {
            config.fromText(Files.readString(file));
        } catch (NoSuchFileException e) {
            return base;
        } catch (IOException | ConfigInvalidException | RuntimeException e) {
            // git itself will complain about a broken file in the command's own output.
            return base;
        }
        return config;
    }

    /** Follows {@code include.path}, relative to the including file, {@code ~/} to the home folder. */
    private static final class IncludingConfig extends Config {
        private final Path file;
        private final String home;

        IncludingConfig(Config base, Path file, String home) {
            super(base);
            this.file = file;
            this.home = home;
        }

        @Override
        protected byte[] readIncludedConfig(String relPath) throws ConfigInvalidException {
            Path included = relPath.startsWith("~/")
                    ? Path.of(home, relPath.substring(2))
                    : file.toAbsolutePath().getParent().resolve(relPath);
            try {
                return Files.readAllBytes(included);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
