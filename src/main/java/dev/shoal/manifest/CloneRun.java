package dev.shoal.manifest;

import dev.shoal.ExitCode;
import dev.shoal.git.GitArgs;
import dev.shoal.run.Dispatcher;
import dev.shoal.run.Job;
import dev.shoal.run.RerunCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs the clones of a plan as jobs, each followed by its remotes and branch as steps of the same job,
 * and collects which repos landed on disk.
 */
public final class CloneRun {
    private final Map<String, String> env;
    private final Dispatcher dispatcher;
    private final Consumer<String> warn;
    private final Consumer<String> rerunLine;

    /**
     * {@code env}: the session's environment; {@code warn}: says a problem to the user; {@code rerunLine}:
     * prints a {@code rerun:} line where the summaries print theirs.
     */
    public CloneRun(Map<String, String> env, Dispatcher dispatcher, Consumer<String> warn, Consumer<String> rerunLine) {
        this.env = Map.copyOf(env);
        this.dispatcher = dispatcher;
        this.warn = warn;
        this.rerunLine = rerunLine;
    }

    /** The repos now on disk (cloned, even if a later step failed), and the run's exit code. */
    public record Result(List<ManifestEntry> landed, int exitCode) {
    }

    /** One repo, as if typed at the prompt: git's progress and any password prompt on the terminal. */
    public Result inForeground(PlannedClone planned, RerunCommand rerun) {
        ManifestEntry entry = planned.entry();
        Path dir;
        try {
            dir = CloneJob.workingFolder(entry);
        } catch (IOException e) {
            warn.accept(entry.name() + ": cannot make " + entry.path().getParent() + ": " + e.getMessage());
            return new Result(List.of(), ExitCode.REPO_FAILED);
        }
        Job job = Job.inFolder(entry.name(), dir, GitArgs.command(entry.flags(), false, CloneJob.cloneArgs(entry, true)),
                env, Optional.empty(), true);
        int exitCode = dispatcher.attached(List.of(job), rerun);
        return new Result(exitCode == ExitCode.OK ? List.of(entry) : List.of(), exitCode);
    }

    /**
     * Every clone through the parallel runner, in rounds (a repo inside another waits for it); each
     * clone followed by its remotes and branch. {@code progress}: the output shows git's progress. A
     * repo inside one that was not cloned is not cloned either (its folder would stand in the way of a
     * rerun); every round's {@code rerun:} line names what the rounds before it left undone, and should
     * the last repos left undone never run, a last line names them all.
     */
    public Result inParallel(List<PlannedClone> plan, Optional<Duration> timeout, boolean progress, RerunCommand rerun) {
        Set<ManifestEntry> landed = ConcurrentHashMap.newKeySet();
        List<ManifestEntry> undone = new ArrayList<>();
        boolean rerunSaid = true;
        int exitCode = ExitCode.OK;
        for (List<PlannedClone> round : ClonePlanner.rounds(plan)) {
            List<ManifestEntry> entries = round.stream().map(PlannedClone::entry).toList();
            List<Job> jobs = new ArrayList<>();
            for (ManifestEntry entry : entries) {
                Optional<ManifestEntry> holder = undone.stream().filter(u -> entry.path().startsWith(u.path())).findFirst();
                if (holder.isPresent()) {
                    warn.accept(entry.name() + ": not cloned: it lies inside " + holder.get().name() + ", which was not cloned");
                    undone.add(entry);
                    rerunSaid = false;
                    continue;
                }
                try {
                    jobs.add(Job.inFolder(entry.name(), CloneJob.workingFolder(entry),
                                    GitArgs.command(entry.flags(), false, CloneJob.cloneArgs(entry, progress)), env, timeout, true)
                            .then(git -> {
                                landed.add(entry);
                                return CloneJob.afterClone(entry, git);
                            }));
                } catch (IOException e) {
                    warn.accept(entry.name() + ": cannot make " + entry.path().getParent() + ": " + e.getMessage());
                    undone.add(entry);
                    rerunSaid = false;
                }
            }
            if (jobs.isEmpty()) {
                continue;
            }
            int code = dispatcher.inParallel(jobs, rerun.after(names(undone)));
            exitCode = Math.max(exitCode, code);
            if (code == ExitCode.INTERRUPTED || code == ExitCode.OUTPUT_CLOSED) {
                // Stopped: that summary named the repos undone so far and this round's; later rounds' never ran.
                List<ManifestEntry> named = new ArrayList<>(undone);
                entries.stream().filter(e -> !landed.contains(e)).forEach(named::add);
                undone.clear();
                plan.stream().map(PlannedClone::entry).filter(e -> !landed.contains(e)).forEach(undone::add);
                rerunSaid = named.containsAll(undone);
                break;
            }
            entries.stream().filter(e -> !landed.contains(e) && !undone.contains(e)).forEach(undone::add);
            rerunSaid = true; // that run's summary named every repo undone so far
        }
        if (!undone.isEmpty()) {
            exitCode = Math.max(exitCode, ExitCode.REPO_FAILED);
            if (!rerunSaid) {
                rerunLine.accept("rerun: " + rerun.forRepos(names(undone)));
            }
        }
        return new Result(plan.stream().map(PlannedClone::entry).filter(landed::contains).toList(), exitCode);
    }

    private static List<String> names(List<ManifestEntry> entries) {
        return entries.stream().map(ManifestEntry::name).toList();
    }
}
