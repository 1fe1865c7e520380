package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.Main;
import dev.shoal.ShoalException;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.CommandDefinition;
import dev.shoal.git.GitResult;
import dev.shoal.git.GitRunner;
import dev.shoal.run.LaunchSpec;
import dev.shoal.run.OsLauncher;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Member;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;

/**
 * The launcher's training run for the JDK's ahead-of-time cache of one family of starts (bin/lib/launch.sh,
 * shoal_family): runs shoal in-process against a throwaway world (a repo with commits, changes and a bare remote,
 * registered in a throwaway config home), so the classes its commands load are cached for later starts.
 * What it runs is read from the command model, so a new command, built-in or from commands.yml, is trained
 * without anyone editing a list: the family's commands each bare and on the repo, with its flags and enum
 * values, the runs on the repo on a pretend terminal so the live view and colors are trained as well as
 * the piped output. Not their help: every start that asks for help reads the cache of {@value #HELP},
 * which holds picocli's help (bin/lib/launch.sh).
 *
 * <p>The families: {@value #VERSION}, the starts that build no command ({@code --version}); {@value #HELP},
 * the other starts that name no command ({@code shoal} alone) and every help, which build the whole model
 * or one command of it; one of shoal's own commands by its name, with its subcommands; {@value #GIT},
 * every command of commands.yml, which all run the same code. A JDK 25 cache loads and links every class
 * it holds at each start: a cache of every command made {@code --version} 30 to 40 ms slower than a cache
 * of its own, the cache it shared with help 2 to 6% slower, and {@code ll} 9% slower than one trained on
 * {@code ll} alone (bench/README, "Where a start goes", "A cache per command", "--version apart from help").
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends SessionCommand {
    static final String VERSION = "version";
    static final String HELP = "help";
    static final String GIT = "git";
    private static final String REPO = "repo";
    private static final String WORLD = "training-world";
    /** A terminal for the runs that show the live view; stdin is no terminal, so nothing waits for an answer. */
    private static final Terminal SCREEN = new Terminal(false, true, 100);

    /** The family of starts the cache is for: {@value #VERSION}, {@value #HELP}, {@value #GIT}, or one of shoal's own commands. */
    @Parameters(paramLabel = "FAMILY")
    String family;

    TrainCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (VERSION.equals(family) || HELP.equals(family)) {
            trainStart(session(session.env(), session.cwd(), Terminal.PIPE), VERSION.equals(family) ? "--version" : "--help");
            return ExitCode.OK;
        }
        // In the config home the launcher made for the training: a temp folder's random name would bring the
        // JDK's SecureRandom, some 50 classes no command needs, into every family's cache. A folder of that
        // name already there is not the training's to delete: then it does not run.
        Path work = Files.createDirectories(session.home().dir()).resolve(WORLD);
        try {
            Files.createDirectory(work);
        } catch (FileAlreadyExistsException e) {
            throw ShoalException.usage(work + " is there already, and the training would delete it: move it away");
        }
        try {
            Map<String, String> env = hermetic(work);
            Session piped = session(env, work, Terminal.PIPE);
            try {
                makeRepo(piped.git(), work);
            } catch (IOException e) {
                // No git on the PATH (or a broken one): the commands then train on their error paths, and a
                // cache of those classes is still worth having.
            }
            registerApart(env, work, piped);
            // The real question about the terminal, which the training's sessions are spared (its answers
            // are given), and the C calls a start on a terminal makes; the git above linked the FFM API already.
            Terminal.train(env);
            Session screen = session(env, work, SCREEN);
            Set<String> trainedOptions = new HashSet<>();
            for (String command : commands(piped)) {
                train(ShoalCli.commandLine(piped, command), new ArrayList<>(), piped, screen, trainedOptions);
            }
        } finally {
            deleteTree(work);
        }
        return ExitCode.OK;
    }

    /**
     * The top-level commands of the family: the one named, if it is one of shoal's own, else every command
     * of commands.yml (none when that file is broken: the training then has nothing to run).
     */
    private List<String> commands(Session piped) {
        if (BuiltInCommands.NAMES.contains(family)) {
            return List.of(family);
        }
        try {
            return CommandCatalog.load(piped.home(), ShoalCli.builtInNames()).stream().map(CommandDefinition::name).toList();
        } catch (ShoalException e) {
            return List.of();
        }
    }

    /**
     * {@code --version} or {@code --help} as a start runs it, in the config home the launcher gave the
     * training, and the completion index's freshness check that follows (its class was missing from the
     * cache, and loaded from the jar after the output of every start); not the rewrite of an index that is
     * out of date: there it always is, and a rewrite reads the registry and asks git for its commands,
     * which would bring the YAML library and the process launcher into this cache (writing the index first
     * brought 220 classes, SecureRandom's among them). Nothing else (no throwaway world), for the same reason.
     */
    private static void trainStart(Session piped, String start) {
        ShoalCli.commandLine(piped, start).execute(start);
        CompletionRefresh.isUpToDate(piped);
    }

    /**
     * The training's environment: its own config home, and git reading no config of the user's, so a
     * rewrite rule or a hook there cannot send the training to the network; HOME and XDG_CONFIG_HOME too,
     * for a git older than 2.32, which does not know GIT_CONFIG_GLOBAL, and for the tools git starts
     * (a diff tool, gpg for signing).
     */
    private Map<String, String> hermetic(Path work) {
        Map<String, String> env = new HashMap<>(session.env());
        env.put("SHOAL_HOME", work.resolve("home").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("HOME", work.toString());
        env.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        for (String who : List.of("AUTHOR", "COMMITTER")) {
            env.put("GIT_" + who + "_NAME", "shoal");
            env.put("GIT_" + who + "_EMAIL", "shoal@localhost");
        }
        return env;
    }

    /**
     * Registers the training's repo in a JVM of its own, which the cache does not record. {@code add} writes
     * the registry (the YAML writer, file locks, a temp file and with it SecureRandom), and the start after
     * it remakes the completion index; a start of ll, st or fetch does neither. Registered in this JVM, the
     * repo brought those classes into the cache of every family, and every start loaded them: the caches of
     * ll and of the git family held 2,441 and 2,644 classes, 2,240 and 2,450 without them, and ll on ten
     * repos took 0.97 of the time. Where that JVM cannot run, the repo is added here.
     */
    private static void registerApart(Map<String, String> env, Path work, Session piped) throws IOException, InterruptedException {
        // This JVM's java and class path; of the launcher's flags (bin/lib/launch.sh) those for a quick, quiet start.
        List<String> argv = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "add", REPO);
        Process add = OsLauncher.INSTANCE.start(new LaunchSpec(argv, work, env, List.of(), LaunchSpec.Io.READ_OUT));
        try (InputStream output = add.getInputStream()) {
            output.transferTo(OutputStream.nullOutputStream());
        }
        if (add.waitFor() != ExitCode.OK) {
            run(piped, List.of("add"), REPO);
        }
    }

    /**
     * Registers the repo again when a run removed it (rm, clear). Only then: an {@code add} of a registered
     * repo writes nothing, but it still takes the registry's lock and writes its YAML to compare.
     */
    private static void registerAgain(Session piped) {
        if (piped.registry().repo(REPO).isEmpty()) {
            run(piped, List.of("add"), REPO);
        }
    }

    /**
     * work/repo, tracking work/remote.git, in the states users' repos are in: a commit ahead of its
     * upstream, a change staged, one not, and a file untracked, so that reading and showing those are in
     * the cache too (trained on a clean repo in step, ll on ten repos of all kinds took 2.6% longer in 15
     * paired runs).
     */
    private static void makeRepo(GitRunner git, Path work) throws IOException, InterruptedException {
        Path repo = work.resolve(REPO);
        Files.createDirectories(repo);
        git(git, repo, "init", "-q", "--bare", "-b", "main", work.resolve("remote.git").toString());
        git(git, repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("tracked"), "first\n");
        git(git, repo, "add", "tracked");
        git(git, repo, "commit", "-q", "-m", "first");
        git(git, repo, "remote", "add", "origin", work.resolve("remote.git").toString());
        git(git, repo, "push", "-q", "-u", "origin", "main");
        Files.writeString(repo.resolve("tracked"), "second\n");
        git(git, repo, "commit", "-q", "-a", "-m", "second");
        Files.writeString(repo.resolve("staged"), "staged\n");
        git(git, repo, "add", "staged");
        Files.writeString(repo.resolve("tracked"), "changed\n");
        Files.writeString(repo.resolve("untracked"), "untracked\n");
    }

    private static void git(GitRunner git, Path repo, String... args) throws IOException, InterruptedException {
        GitResult result = git.run(repo, List.of(), List.of(args));
        if (!result.ok()) {
            throw new IOException("the training repo could not be made: " + result.problem());
        }
    }

    private Session session(Map<String, String> env, Path work, Terminal terminal) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return new Session(env, work, new ByteArrayInputStream(new byte[0]), sink, sink, () -> terminal);
    }

    /**
     * Each command that has no subcommands run bare (its context, all repos, or
     * the usage error), on the repo, and on the repo with each of its flags and each value of its enum
     * options (once per option: a mixin's options are trained with the first command that has them). The
     * repo is registered again before each run that a run before it removed (rm, clear).
     */
    private static void train(CommandLine command, List<String> path, Session piped, Session screen, Set<String> trainedOptions) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().usageMessage().hidden()) {
                return;
            }
            List<String> line = new ArrayList<>(path);
            line.add(name);
            if (!sub.getSubcommands().isEmpty()) {
                train(sub, line, piped, screen, trainedOptions);
                return;
            }
            registerAgain(piped);
            run(piped, line);
            registerAgain(piped);
            run(screen, line, REPO);
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (!option.usageHelp() && !option.versionHelp() && trainedOptions.add(owner(option) + " " + option.longestName())) {
                    for (String value : values(option)) {
                        registerAgain(piped);
                        run(screen, line, REPO, option.longestName() + value);
                    }
                }
            }
        });
    }

    /** The class that declares an option, so that options shared through a mixin count once. */
    private static String owner(OptionSpec option) {
        return option.userObject() instanceof Member member ? member.getDeclaringClass().getName() : option.command().qualifiedName();
    }

    /** What to write after the option's name: nothing for a flag, each value for an enum; no run for other values. */
    private static List<String> values(OptionSpec option) {
        if (option.arity().max() == 0) {
            return List.of("");
        }
        if (option.type().isEnum()) {
            return Stream.of(option.type().getEnumConstants()).map(value -> "=" + ((Enum<?>) value).name().toLowerCase(Locale.ROOT)).toList();
        }
        return List.of();
    }

    /** A stale completion index is remade from the run's own command line, not from every command's. */
    private static void run(Session session, List<String> line, String... more) {
        List<String> args = new ArrayList<>(line);
        args.addAll(List.of(more));
        ShoalCli.run(session, false, args.toArray(String[]::new));
    }

    /** Each training runs once per build; its throwaway world must not pile up in the config home. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
