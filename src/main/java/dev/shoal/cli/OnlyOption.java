package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.git.RepoLocation;
import dev.shoal.git.RepoState;
import dev.shoal.git.StateFilter;
import dev.shoal.registry.Repo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --only STATE}, on every command that acts on repos: keeps the repos in one of the given states
 * (their state is read first, one {@code git status} each, so nothing is read when it is not given).
 */
final class OnlyOption {
    @Option(names = "--only", paramLabel = "STATE", converter = NameConverters.State.class,
            description = "Only repos in STATE; repeat for any of several: dirty (*, !), staged (+), untracked (?), "
                    + "stashed ($), ahead, behind, diverged, no-upstream (none, gone or detached), clean (nothing to commit), missing.")
    List<StateFilter> only = new ArrayList<>();

    /** The repos {@code --only} keeps, in their order; all of them without it. */
    List<Repo> filter(Session session, List<Repo> repos) {
        if (only.isEmpty()) {
            return repos;
        }
        List<RepoState> states = readStates(session, repos);
        List<Repo> kept = new ArrayList<>();
        for (int i = 0; i < repos.size(); i++) {
            if (keeps(session, repos.get(i), states.get(i))) {
                kept.add(repos.get(i));
            }
        }
        return kept;
    }

    /**
     * Whether {@code --only} keeps this repo. One whose state could not be read matches none of the
     * states (but {@code missing}), and the user is told it was left out, so it is not silently skipped.
     */
    boolean keeps(Session session, Repo repo, RepoState state) {
        if (only.isEmpty() || only.stream().anyMatch(filter -> filter.test(state))) {
            return true;
        }
        if (!state.readable()) {
            session.warn(repo.name() + ": left out by --only, its state is unknown: " + state.problem().orElse(""));
        }
        return false;
    }

    static List<RepoState> readStates(Session session, List<Repo> repos) {
        List<RepoLocation> locations = repos.stream().map(r -> new RepoLocation(r.path(), r.bare(), r.flags())).toList();
        try {
            return session.stateReader().readAll(locations);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShoalException(ExitCode.INTERRUPTED, "interrupted");
        }
    }
}
