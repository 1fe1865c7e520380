package dev.shoal.cli;

import dev.shoal.git.GitArgs;
import dev.shoal.registry.Repo;
import dev.shoal.run.Dispatcher;
import dev.shoal.run.Job;
import dev.shoal.run.RerunCommand;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.output.OutputMode;
import dev.shoal.ui.output.RunScreen;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wiring between a command's options and the run: builds each repo's job (git gets the repo's flags
 * right after it, and colors when they end up on a color terminal), picks the output mode, and hands the
 * jobs to run's {@link Dispatcher}: in parallel, or one at a time with the terminal for interactive
 * commands and for a single repo on a terminal (so an editor can open). Commands that build their own
 * jobs with steps ({@code clone -f}, {@code sync}) run them the same way.
 */
final class RepoRun {
    private final Session session;
    private final RunOptions options;

    RepoRun(Session session, RunOptions options) {
        this.session = session;
        this.options = options;
    }

    /**
     * What to run: {@code argv}; whether it is git's own (then it gets the repo's flags and colors, and a
     * network one is bounded per host), the command's own timeout, and whether it wants the terminal.
     */
    record Command(List<String> argv, boolean git, Optional<Duration> timeout, boolean interactive) {
    }

    int run(List<Repo> repos, Command command, RerunCommand rerun) {
        boolean oneAtTerminal = repos.size() == 1 && options.output == null;
        if ((command.interactive() || oneAtTerminal) && atTerminal()) {
            return dispatcher(1, mode()).attached(repos.stream().map(repo -> job(repo, command, false, false)).toList(), rerun);
        }
        OutputMode mode = mode();
        boolean colors = mode.keepsColors(session.style());
        boolean progress = mode.showsProgress(session.terminal());
        List<Job> jobs = repos.stream().map(repo -> job(repo, command, colors, progress)).toList();
        boolean waiting = !command.git() || jobs.stream().anyMatch(Job::network);
        return dispatcher(options.jobs != null ? options.jobs : Parallelism.defaultFor(waiting), mode).inParallel(jobs, rerun);
    }

    /** Runs jobs that talk to a remote, each with its steps: what {@code sync} does. */
    int runNetwork(List<Job> jobs, RerunCommand rerun) {
        return dispatcher(true).inParallel(jobs, rerun);
    }

    /** The dispatcher for this command's options: {@code waiting}, its commands mostly wait (for a remote, say). */
    Dispatcher dispatcher(boolean waiting) {
        return dispatcher(options.jobs != null ? options.jobs : Parallelism.defaultFor(waiting), mode());
    }

    /** The run's timeout for a network job: the one on the command line, if any. */
    Optional<Duration> timeout() {
        return options.timeoutOr(Optional.empty());
    }

    /** Where a run's output goes: the output mode asked for, else the default for this terminal. */
    OutputMode mode() {
        return options.output != null ? options.output : OutputMode.defaultFor(session.terminal());
    }

    /** Whether the output mode shows progress as it goes (elsewhere it would only clutter the captured output). */
    boolean showsProgress() {
        return mode().showsProgress(session.terminal());
    }

    private boolean atTerminal() {
        Terminal terminal = session.terminal();
        return terminal.stdinIsTerminal() && terminal.stdoutIsTerminal();
    }


    private Dispatcher dispatcher(int jobs, OutputMode mode) {
        // Asked in place already (live, blocks), a repo still without credentials is one whose password the user did not have.
        boolean retry = options.retryInteractive != null ? options.retryInteractive : atTerminal() && !mode.asksInPlace();
        return new Dispatcher(new Dispatcher.Settings(jobs, options.retry, tempRoot(), retry, session.env()),
                new RunScreen(session.in(), session.out(), session.err(), session.style(), session.terminal(), mode, options.order,
                        session.cwd(), session.env()));
    }

    /** {@code progress}: the view shows progress, so git is asked for it although its output is a pipe. */
    private Job job(Repo repo, Command command, boolean colors, boolean progress) {
        List<String> argv = command.argv();
        if (command.git()) {
            argv = GitArgs.command(repo.flags(), colors, argv.subList(1, argv.size()));
            if (progress) {
                argv = GitArgs.withProgress(argv);
            }
        }
        return Job.inRepo(repo.name(), repo.path(), repo.flags(), argv, session.env(), options.timeoutOr(command.timeout()),
                command.git() && GitArgs.isNetwork(argv));
    }

    /** Spilled output goes where the user's TMPDIR says, like any other program's temp files. */
    Path tempRoot() {
        String tmpdir = session.env().get("TMPDIR");
        return Path.of(tmpdir != null && !tmpdir.isEmpty() ? tmpdir : System.getProperty("java.io.tmpdir"));
    }

    /** Words for the rerun command: {@code shoal NAME OPTIONS}. */
    List<String> rerunPrefix(String commandName) {
        List<String> words = new ArrayList<>(List.of("shoal", commandName));
        words.addAll(options.asTyped());
        return words;
    }
}
