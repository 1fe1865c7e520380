package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.BatchEnvironment;
import dev.shoal.git.GitArgs;
import dev.shoal.registry.Repo;
import dev.shoal.run.InteractiveRunner;
import dev.shoal.run.Job;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunOutcome;
import dev.shoal.run.RunSettings;
import dev.shoal.run.RunSummary;
import dev.shoal.run.Runner;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.output.OutputMode;
import dev.shoal.ui.output.StreamView;
import dev.shoal.ui.output.SummaryFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Runs one command line in chosen repos and turns the outcome into an exit code: builds each repo's
 * job (git gets the repo's flags right after it, and colors when they end up on a color terminal),
 * picks the output mode, runs everything in parallel, or one at a time with the terminal for
 * interactive commands, and reruns the repos that needed credentials with the terminal if asked.
 * Commands that build their own network jobs ({@code clone -f}, {@code sync}) run them the same way,
 * each job followed by its local steps ({@link FollowUp}).
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
        if (command.interactive() && atTerminal()) {
            return interactively(repos.stream().map(repo -> job(repo, command, false, false, session.env())).toList(), FollowUp.NONE, rerun);
        }
        OutputMode mode = mode();
        boolean colors = mode.keepsColors(session.style());
        boolean progress = mode.showsProgress(session.terminal());
        Map<String, String> env = BatchEnvironment.of(session.env());
        List<Job> jobs = repos.stream().map(repo -> job(repo, command, colors, progress, env)).toList();
        boolean waiting = !command.git() || jobs.stream().anyMatch(Job::network);
        UnaryOperator<Job> forTerminal = job -> job(repos.stream().filter(r -> r.name().equals(job.repo())).findFirst().orElseThrow(),
                command, false, false, session.env());
        return inParallel(jobs, mode, waiting, FollowUp.NONE, forTerminal, rerun);
    }

    /**
     * Runs git commands that talk to a remote, made by {@link #networkJob}, each followed by its local
     * steps: what {@code clone -f} and {@code sync} do.
     */
    int runNetwork(List<Job> jobs, FollowUp followUp, RerunCommand rerun) {
        UnaryOperator<Job> forTerminal = job -> new Job(job.repo(), job.path(), job.argv(), session.env(), job.timeout(), job.network());
        return inParallel(jobs, mode(), true, followUp, forTerminal, rerun);
    }

    /** {@code git FLAGS ARGS} in {@code dir} under {@code name}, a network command with the run's timeout. */
    Job networkJob(String name, Path dir, List<String> flags, List<String> args) {
        return new Job(name, dir, GitArgs.command(flags, false, args), BatchEnvironment.of(session.env()),
                options.timeoutOr(Optional.empty()), true);
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

    private int inParallel(List<Job> jobs, OutputMode mode, boolean waiting, FollowUp followUp,
                           UnaryOperator<Job> forTerminal, RerunCommand rerun) {
        int parallel = options.jobs != null ? options.jobs : Parallelism.defaultFor(waiting);
        Runner runner = new Runner(new RunSettings(parallel, options.retry, tempRoot()));
        FollowUpView view = new FollowUpView(mode.view(session.out(), session.err(), session.style(), session.terminal(), options.order),
                followUp);
        RunOutcome outcome = runner.run(jobs, view, rerun);
        if (outcome.outputClosed()) {
            return ExitCode.OUTPUT_CLOSED;
        }
        RunSummary summary = view.rewrite(outcome.summary());
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        List<Job> needCredentials = summary.withStatus(JobStatus.NEEDS_CREDENTIALS).stream()
                .map(report -> jobs.stream().filter(job -> job.repo().equals(report.repo())).findFirst().orElseThrow())
                .map(forTerminal)
                .toList();
        boolean retry = options.retryInteractive != null ? options.retryInteractive : atTerminal();
        if (needCredentials.isEmpty() || !retry) {
            return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
        }
        session.err().println("rerunning " + needCredentials.size() + " repo" + (needCredentials.size() == 1 ? "" : "s")
                + " that needed credentials, one at a time with the terminal attached:");
        int retried = interactively(needCredentials, followUp, rerun);
        long otherFailures = summary.reports().stream()
                .filter(r -> r.status() != JobStatus.OK && r.status() != JobStatus.NEEDS_CREDENTIALS).count();
        return otherFailures > 0 ? ExitCode.REPO_FAILED : retried;
    }

    /** One repo after the other, each with the terminal attached, under a header; then the summary. */
    private int interactively(List<Job> jobs, FollowUp followUp, RerunCommand rerun) {
        Style style = session.style();
        long start = System.nanoTime();
        InteractiveRunner runner = new InteractiveRunner();
        // What follow-up steps print comes after the repo's own output, a line each under its name.
        RunListener steps = new StreamView(session.out(), session.err(), style);
        List<JobReport> reports = runner.run(jobs, job -> {
            session.err().println(style.dim("===") + " " + style.bold(job.repo()) + style.dim(" (" + (jobs.indexOf(job) + 1) + "/" + jobs.size() + ")"));
            session.err().flush();
        }).stream().map(report -> report.status() == JobStatus.OK ? followUp.after(report, steps) : report).toList();
        RunSummary summary = new RunSummary(reports, Duration.ofNanos(System.nanoTime() - start), rerun, runner.interrupted());
        new SummaryFormat(style).print(summary, session.err());
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }

    /** {@code progress}: the view shows progress, so git is asked for it although its output is a pipe. */
    private Job job(Repo repo, Command command, boolean colors, boolean progress, Map<String, String> env) {
        List<String> argv = command.argv();
        if (command.git()) {
            argv = GitArgs.command(repo.flags(), colors, argv.subList(1, argv.size()));
            if (progress) {
                argv = GitArgs.withProgress(argv);
            }
        }
        return new Job(repo.name(), repo.path(), argv, env, options.timeoutOr(command.timeout()),
                command.git() && GitArgs.isNetwork(argv));
    }

    /** Spilled output goes where the user's TMPDIR says, like any other program's temp files. */
    private Path tempRoot() {
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
