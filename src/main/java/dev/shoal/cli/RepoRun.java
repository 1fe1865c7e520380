package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.BatchEnvironment;
import dev.shoal.git.GitArgs;
import dev.shoal.registry.Repo;
import dev.shoal.run.InteractiveRunner;
import dev.shoal.run.Job;
import dev.shoal.run.RunOutcome;
import dev.shoal.run.RunSettings;
import dev.shoal.run.Runner;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.output.JobReport;
import dev.shoal.ui.output.JobStatus;
import dev.shoal.ui.output.OutputMode;
import dev.shoal.ui.output.RerunCommand;
import dev.shoal.ui.output.RunSummary;
import dev.shoal.ui.output.SummaryFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one command line in chosen repos and turns the outcome into an exit code: builds each repo's
 * job (git gets the repo's flags right after it, and colors when they end up on a color terminal),
 * picks the output mode, runs everything in parallel, or one at a time with the terminal for
 * interactive commands, and reruns the repos that needed credentials with the terminal if asked.
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
        Terminal terminal = session.terminal();
        boolean atTerminal = terminal.stdinIsTerminal() && terminal.stdoutIsTerminal();
        if (command.interactive() && atTerminal) {
            return interactively(repos, command, rerun);
        }
        OutputMode mode = options.output != null ? options.output : OutputMode.defaultFor(terminal);
        boolean colors = mode.keepsColors(session.style());
        Map<String, String> env = BatchEnvironment.of(session.env());
        List<Job> jobs = repos.stream().map(repo -> job(repo, command, colors, env)).toList();
        boolean waiting = !command.git() || jobs.stream().anyMatch(Job::network);
        int parallel = options.jobs != null ? options.jobs : Parallelism.defaultFor(waiting);
        Runner runner = new Runner(new RunSettings(parallel, options.retry, tempRoot()));
        RunOutcome outcome = runner.run(jobs,
                mode.view(session.out(), session.err(), session.style(), terminal, options.order), rerun);
        if (outcome.outputClosed()) {
            return ExitCode.OUTPUT_CLOSED;
        }
        RunSummary summary = outcome.summary();
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        List<Repo> needCredentials = summary.withStatus(JobStatus.NEEDS_CREDENTIALS).stream()
                .map(report -> repos.stream().filter(r -> r.name().equals(report.repo())).findFirst().orElseThrow())
                .toList();
        boolean retry = options.retryInteractive != null ? options.retryInteractive : atTerminal;
        if (needCredentials.isEmpty() || !retry) {
            return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
        }
        session.err().println("rerunning " + needCredentials.size() + " repo" + (needCredentials.size() == 1 ? "" : "s")
                + " that needed credentials, one at a time with the terminal attached:");
        int retried = interactively(needCredentials, command, rerun);
        long otherFailures = summary.reports().stream()
                .filter(r -> r.status() != JobStatus.OK && r.status() != JobStatus.NEEDS_CREDENTIALS).count();
        return otherFailures > 0 ? ExitCode.REPO_FAILED : retried;
    }

    /** One repo after the other, each with the terminal attached, under a header; then the summary. */
    private int interactively(List<Repo> repos, Command command, RerunCommand rerun) {
        Style style = session.style();
        long start = System.nanoTime();
        List<Job> jobs = repos.stream().map(repo -> job(repo, command, false, session.env())).toList();
        InteractiveRunner runner = new InteractiveRunner();
        List<JobReport> reports = runner.run(jobs, job -> {
            session.err().println(style.dim("===") + " " + style.bold(job.repo()) + style.dim(" (" + (jobs.indexOf(job) + 1) + "/" + jobs.size() + ")"));
            session.err().flush();
        });
        RunSummary summary = new RunSummary(reports, Duration.ofNanos(System.nanoTime() - start), rerun, runner.interrupted());
        new SummaryFormat(style).print(summary, session.err());
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }

    private Job job(Repo repo, Command command, boolean colors, Map<String, String> env) {
        List<String> argv = command.argv();
        if (command.git()) {
            argv = GitArgs.command(repo.flags(), colors, argv.subList(1, argv.size()));
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
