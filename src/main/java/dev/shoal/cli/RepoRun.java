package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.GitArgs;
import dev.shoal.registry.Repo;
import dev.shoal.run.DescriptorBudget;
import dev.shoal.run.InteractiveRunner;
import dev.shoal.run.Job;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.OsLauncher;
import dev.shoal.run.PromptBroker;
import dev.shoal.run.Prompter;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunOutcome;
import dev.shoal.run.RunSettings;
import dev.shoal.run.RunSummary;
import dev.shoal.run.Runner;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.live.TerminalPrompter;
import dev.shoal.ui.output.OutputMode;
import dev.shoal.ui.output.StepsAside;
import dev.shoal.ui.output.StreamView;
import dev.shoal.ui.output.SummaryFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one command line in chosen repos and turns the outcome into an exit code: builds each repo's
 * job (git gets the repo's flags right after it, and colors when they end up on a color terminal),
 * picks the output mode, runs everything in parallel, or one at a time with the terminal for
 * interactive commands (and for a single repo on a terminal, so an editor can open), and reruns the
 * repos that needed credentials with the terminal if asked. Commands that build their own jobs with
 * steps ({@code clone -f}, {@code sync}) run them the same way.
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
            return interactively(repos.stream().map(repo -> job(repo, command, false, false)).toList(), rerun);
        }
        OutputMode mode = mode();
        boolean colors = mode.keepsColors(session.style());
        boolean progress = mode.showsProgress(session.terminal());
        List<Job> jobs = repos.stream().map(repo -> job(repo, command, colors, progress)).toList();
        boolean waiting = !command.git() || jobs.stream().anyMatch(Job::network);
        return inParallel(jobs, mode, waiting, rerun);
    }

    /** Runs jobs that talk to a remote, each with its steps: what {@code clone -f} and {@code sync} do. */
    int runNetwork(List<Job> jobs, RerunCommand rerun) {
        return inParallel(jobs, mode(), true, rerun);
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

    private int inParallel(List<Job> jobs, OutputMode mode, boolean waiting, RerunCommand rerun) {
        int asked = options.jobs != null ? options.jobs : Parallelism.defaultFor(waiting);
        DescriptorBudget.Fit fit = DescriptorBudget.fit(Math.min(asked, Math.max(1, jobs.size())));
        fit.lowered().ifPresent(session::warn);
        RunListener view = mode.view(session.out(), session.err(), session.style(), session.terminal(), options.order);
        RunOutcome outcome;
        boolean asks = asksInPlace(mode, view);
        try (PromptBroker prompts = asks ? PromptBroker.start(prompter((StepsAside) view), session.env()) : null) {
            outcome = new Runner(new RunSettings(fit.jobs(), options.retry, tempRoot()), prompts).run(jobs, view, rerun);
        }
        if (outcome.outputClosed()) {
            return ExitCode.OUTPUT_CLOSED;
        }
        RunSummary summary = outcome.summary();
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        List<Job> needCredentials = summary.withStatus(JobStatus.NEEDS_CREDENTIALS).stream()
                .map(report -> jobs.stream().filter(job -> job.repo().equals(report.repo())).findFirst().orElseThrow())
                .toList();
        // Asked in place already, a repo still without credentials is one whose password the user did not have.
        boolean retry = options.retryInteractive != null ? options.retryInteractive : atTerminal() && !asks;
        if (needCredentials.isEmpty() || !retry) {
            return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
        }
        session.err().println("rerunning " + needCredentials.size() + " repo" + (needCredentials.size() == 1 ? "" : "s")
                + " that needed credentials, one at a time with the terminal attached:");
        int retried = interactively(needCredentials, rerun);
        long otherFailures = summary.reports().stream()
                .filter(r -> r.status() != JobStatus.OK && r.status() != JobStatus.NEEDS_CREDENTIALS).count();
        return otherFailures > 0 ? ExitCode.REPO_FAILED : retried;
    }

    /**
     * Whether the run's processes ask for passwords through shoal, in place in the view: on a terminal,
     * with a view that shows repos as they finish (not json, not stream).
     */
    private boolean asksInPlace(OutputMode mode, RunListener view) {
        return atTerminal() && (mode == OutputMode.LIVE || mode == OutputMode.BLOCKS) && view instanceof StepsAside;
    }

    private Prompter prompter(StepsAside view) {
        return new TerminalPrompter(session.in(), session.out(), session.style(), view, OsLauncher.INSTANCE, session.cwd(), session.env());
    }

    /** One repo after the other, each with the terminal attached, under a header; then the summary. */
    private int interactively(List<Job> jobs, RerunCommand rerun) {
        Style style = session.style();
        long start = System.nanoTime();
        InteractiveRunner runner = new InteractiveRunner(tempRoot());
        // What a job's steps print comes after the repo's own output, a line each under its name.
        RunListener steps = new StreamView(session.out(), session.err(), style);
        List<JobReport> reports = runner.run(jobs, job -> {
            session.err().println(style.dim("===") + " " + style.bold(job.repo()) + style.dim(" (" + (jobs.indexOf(job) + 1) + "/" + jobs.size() + ")"));
            session.err().flush();
        }, steps);
        RunSummary summary = new RunSummary(reports, Duration.ofNanos(System.nanoTime() - start), rerun, runner.interrupted());
        new SummaryFormat(style).print(summary, session.err());
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
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
