package dev.shoal.cli;

import dev.shoal.git.GitArgs;
import dev.shoal.git.WorkTreeNeed;
import dev.shoal.registry.Repo;
import java.util.List;

/**
 * Leaves bare repos out of a git command that needs a work tree ({@code status}, {@code diff}, {@code pull}...),
 * with one line saying which: there is nothing such a command could do in them, so it is not a failure.
 * Commands that work in a bare repo ({@code fetch}, {@code log}, {@code branch}...) run in them as in any other.
 */
final class BareSkip {
    private BareSkip() {
    }

    static List<Repo> forCommand(Session session, List<Repo> repos, List<String> argv) {
        if (!GitArgs.isGit(argv) || !WorkTreeNeed.of(argv) || repos.stream().noneMatch(Repo::bare)) {
            return repos;
        }
        List<String> bare = repos.stream().filter(Repo::bare).map(Repo::name).toList();
        session.err().println("bare: skipped " + String.join(", ", bare) + " (git " + GitArgs.subcommand(argv).orElse("")
                + " needs a work tree)");
        return repos.stream().filter(r -> !r.bare()).toList();
    }
}
