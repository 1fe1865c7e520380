package dev.shoal.run;

import dev.shoal.ExitCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a command's jobs the way the moment calls for and turns the outcome into an exit code: all in
 * parallel ({@link Runner}), or one at a time with the terminal attached ({@link InteractiveRunner});
 * on a terminal, what the processes ask goes to the screen's {@link Prompter} through a {@link PromptBroker};
 * after a parallel run on a terminal that could not ask in place, the repos that needed credentials again,
 * attached, so the user can answer. What the user sees is the {@link Screen}'s, which {@code ui} implements.
 */
public final class Dispatcher {
    /** What a run shows, and where. */
    public interface Screen {
        /** The output mode's listener, for a parallel run. */
        RunListener listener();

        /** Where the lines of a job's steps go when the job runs with the terminal attached. */
        RunListener stepLines();

        /** Before a repo runs with the terminal attached: which one comes ({@code index} from 1). */
        void announce(Job job, int index, int count);

        /**
         * Who asks the user what the processes of a parallel run shown by {@code listener} ask (passwords,
         * passphrases, host keys, editors), in place; empty where nobody could answer (no terminal, or an
         * output mode that cannot step aside), and the processes fail at once instead.
         */
        Optional<Prompter> prompter(RunListener listener);

        /** One line for the user, on stderr. */
        void say(String message);

        /** The summary after jobs ran attached (a parallel run's listener prints its own). */
        void summary(RunSummary summary);
    }

    /**
     * @param jobs             at most this many at once, fitted to the open-file limit
     * @param retries          --retry
     * @param tempRoot         where large output spills
     * @param retryInteractive rerun the repos that needed credentials with the terminal attached
     * @param env              the session's environment: a run that asks keeps its private folder under
     *                         its {@code XDG_RUNTIME_DIR} or {@code TMPDIR}
     */
    public record Settings(int jobs, int retries, Path tempRoot, boolean retryInteractive, Map<String, String> env) {
    }

    private final Settings settings;
    private final Screen screen;

    public Dispatcher(Settings settings, Screen screen) {
        this.settings = settings;
        this.screen = screen;
    }

    /** Every job at once, within the limits; then, if asked, the ones that needed credentials, attached. */
    public int inParallel(List<Job> jobs, RerunCommand rerun) {
        DescriptorBudget.Fit fit = DescriptorBudget.fit(Math.min(settings.jobs(), Math.max(1, jobs.size())));
        fit.lowered().ifPresent(screen::say);
        RunListener listener = screen.listener();
        Optional<Prompter> prompter = screen.prompter(listener);
        RunOutcome outcome;
        try (PromptBroker prompts = prompter.map(asker -> PromptBroker.start(asker, settings.env())).orElse(null)) {
            Runner runner = new Runner(new RunSettings(fit.jobs(), settings.retries(), settings.tempRoot()), prompts);
            outcome = runner.run(jobs, listener, rerun);
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
        if (needCredentials.isEmpty() || !settings.retryInteractive()) {
            return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
        }
        screen.say("rerunning " + needCredentials.size() + " repo" + (needCredentials.size() == 1 ? "" : "s")
                + " that needed credentials, one at a time with the terminal attached:");
        int retried = attached(needCredentials, rerun);
        return summary.allOkBut(JobStatus.NEEDS_CREDENTIALS) ? retried : ExitCode.REPO_FAILED;
    }

    /** One repo after the other, each with the terminal attached, announced; then the summary. */
    public int attached(List<Job> jobs, RerunCommand rerun) {
        long start = System.nanoTime();
        InteractiveRunner runner = new InteractiveRunner(settings.tempRoot());
        List<JobReport> reports = runner.run(jobs, job -> screen.announce(job, jobs.indexOf(job) + 1, jobs.size()), screen.stepLines());
        RunSummary summary = new RunSummary(reports, Duration.ofNanos(System.nanoTime() - start), rerun, runner.interrupted());
        screen.summary(summary);
        if (summary.interrupted()) {
            return ExitCode.INTERRUPTED;
        }
        return summary.allOk() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }
}
