package dev.shoal.cli;

import dev.shoal.config.ConfigHome;
import dev.shoal.config.SettingsStore;
import dev.shoal.git.GitRunner;
import dev.shoal.git.RepoStateReader;
import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.run.GitReader;
import dev.shoal.run.OsLauncher;
import dev.shoal.ui.ColorMode;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything one shoal invocation reads from its surroundings: environment, working directory,
 * streams and terminal facts. Commands take it instead of touching System, so tests can run shoal
 * in-process with a temp config home and captured output.
 */
public final class Session {
    private final Map<String, String> env;
    private final Path cwd;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Terminal> terminalSource;
    private Terminal terminal;
    private ColorMode colorMode = ColorMode.AUTO;

    public Session(Map<String, String> env, Path cwd, InputStream in, PrintStream out, PrintStream err,
                   Supplier<Terminal> terminal) {
        this.env = Map.copyOf(env);
        this.cwd = cwd.toAbsolutePath().normalize();
        this.in = in;
        this.out = out;
        this.err = err;
        this.terminalSource = terminal;
    }

    /** The real process: its environment, directory and standard streams. */
    public static Session ofProcess(PrintStream out, PrintStream err) {
        Map<String, String> env = System.getenv();
        return new Session(env, Path.of(""), System.in, out, err, () -> Terminal.detect(env));
    }

    public Map<String, String> env() {
        return env;
    }

    public Path cwd() {
        return cwd;
    }

    /** A path the user typed, taken relative to the working directory. */
    public Path resolve(String typed) {
        return cwd.resolve(typed).normalize();
    }

    /**
     * Like {@link #resolve}, with symbolic links resolved when the path exists, so it compares equal to
     * the working directory the JVM reports (always a real path) and to paths registered by {@code add}.
     */
    public Path resolveReal(String typed) {
        Path path = resolve(typed);
        try {
            return path.toRealPath();
        } catch (java.io.IOException e) {
            return path;
        }
    }

    public InputStream in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Asked of the operating system the first time a command needs it. */
    public Terminal terminal() {
        if (terminal == null) {
            terminal = terminalSource.get();
        }
        return terminal;
    }

    void colorMode(ColorMode mode) {
        this.colorMode = mode;
    }

    public boolean colors() {
        return colorMode.enabled(terminal(), env);
    }

    public Style style() {
        return new Style(colors());
    }

    public ConfigHome home() {
        return ConfigHome.from(env);
    }

    public RegistryStore registryStore() {
        return new RegistryStore(home().reposFile());
    }

    public Registry registry() {
        return registryStore().load();
    }

    public SettingsStore settingsStore() {
        return new SettingsStore(home().settingsFile());
    }

    /** Reads repos' states with git running in this session's environment. */
    public RepoStateReader stateReader() {
        return new RepoStateReader(git(), RepoStateReader.defaultBound());
    }

    /** Starts git for shoal's readers in this session's environment. */
    public GitRunner git() {
        return new GitReader(OsLauncher.INSTANCE, env);
    }

    /** A warning for the user, on stderr so it never mixes into output meant for pipes. */
    public void warn(String message) {
        err.println("shoal: " + message);
    }
}
