package dev.shoal.manifest;

import dev.shoal.git.GitDir;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.git.RefFiles;
import dev.shoal.git.Remote;
import dev.shoal.git.RemotesConfig;
import dev.shoal.registry.Group;
import dev.shoal.registry.Repo;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes a manifest of registered repos: each repo's remotes and HEAD as its git folder says now, and
 * the groups that hold any of them (with just those members). A repo without remotes is kept, as
 * local-only; only a repo whose folder cannot be read is left out, and said so in the problems.
 */
public final class Freezer {
    private Freezer() {
    }

    public static Manifest freeze(List<Repo> repos, Collection<Group> groups) {
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Repo repo : repos) {
            try {
                entry(repo).ifPresentOrElse(entries::add,
                        () -> problems.add(repo.name() + ": " + repo.path() + " is missing or not a git repository; left out"));
            } catch (UncheckedIOException e) {
                problems.add(repo.name() + ": " + e.getMessage() + "; left out");
            }
        }
        Set<String> taken = entries.stream().map(ManifestEntry::name).collect(Collectors.toSet());
        return new Manifest(entries, List.copyOf(groups), problems).only(taken);
    }

    private static Optional<ManifestEntry> entry(Repo repo) {
        return GitDir.of(repo.path(), repo.flags()).map(git -> {
            List<Remote> remotes = RemotesConfig.read(git);
            Head head = HeadFile.read(git);
            boolean pushed = remotes.isEmpty() || head.branch().map(b -> onARemote(git, remotes, b)).orElse(true);
            return new ManifestEntry(repo.name(), repo.path(), repo.bare(), repo.flags(), remotes,
                    Optional.of(Version.of(head, pushed)));
        });
    }

    /**
     * Whether any remote has the branch, as far as the last fetch or push knows ({@code refs/remotes/R/B}):
     * freeze asks no server. A repo without remotes is local-only, which says more.
     */
    private static boolean onARemote(GitDir git, List<Remote> remotes, String branch) {
        return remotes.stream().anyMatch(r -> RefFiles.exists(git.commonDir(), "refs/remotes/" + r.name() + "/" + branch).orElse(true));
    }

    /** One warning per repo whose branch no remote has: a clone of the manifest cannot check it out. */
    public static List<String> unpushedBranches(Manifest manifest) {
        return manifest.entries().stream().flatMap(e -> e.version().filter(Version::unpushed).stream()
                        .map(v -> e.name() + ": branch " + v.name() + " is on no remote (never pushed); "
                                + "a clone of this manifest will stay on the remote's default branch"))
                .toList();
    }
}
