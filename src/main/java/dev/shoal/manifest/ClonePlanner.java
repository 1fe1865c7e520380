package dev.shoal.manifest;

import dev.shoal.git.GitDir;
import dev.shoal.git.Remote;
import dev.shoal.git.RemotesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides, entry by entry, what {@code clone -f} does: look at the target folder, then {@link #decide}.
 * A folder that already holds the repo (any of its URLs matches any of the entry's) is kept as it is;
 * one that holds anything else is that entry's error, never touched.
 */
public final class ClonePlanner {
    private ClonePlanner() {
    }

    /** What is at a target folder: nothing, an empty folder, a repo (with its remotes), or something else. */
    public record Folder(boolean exists, boolean empty, Optional<List<Remote>> repoRemotes) {
        static final Folder ABSENT = new Folder(false, false, Optional.empty());

        public static Folder look(Path path) {
            if (!Files.exists(path)) {
                return ABSENT;
            }
            if (Files.isDirectory(path)) {
                Optional<GitDir> git = GitDir.of(path);
                if (git.isPresent()) {
                    return new Folder(true, false, Optional.of(RemotesConfig.read(git.get())));
                }
                try (Stream<Path> children = Files.list(path)) {
                    return new Folder(true, children.findAny().isEmpty(), Optional.empty());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
                }
            }
            return new Folder(true, false, Optional.empty());
        }
    }

    /**
     * The plan for a manifest whose paths are all absolute ({@link Manifest#placedIn}). A manifest is
     * data from anyone: its git flags can run commands ({@code -c core.fsmonitor=...}), so unless
     * {@code trustFlags} they are taken out of every entry and only kept to be shown.
     */
    public static List<PlannedClone> plan(Manifest placed, boolean trustFlags) {
        return placed.entries().stream().map(e -> {
            if (trustFlags || e.flags().isEmpty()) {
                return decide(e, Folder.look(e.path()));
            }
            PlannedClone planned = decide(e.withFlags(List.of()), Folder.look(e.path()));
            return new PlannedClone(planned.entry(), planned.action(), planned.reason(), e.flags());
        }).toList();
    }

    /**
     * The clones in rounds that can each run in parallel: a repo whose folder lies inside another repo
     * to be cloned waits for that one, since git clones only into a folder that is missing or empty.
     */
    public static List<List<PlannedClone>> rounds(List<PlannedClone> clones) {
        List<List<PlannedClone>> rounds = new ArrayList<>();
        for (PlannedClone clone : clones) {
            int depth = (int) clones.stream()
                    .filter(other -> other != clone && clone.entry().path().startsWith(other.entry().path()))
                    .count();
            while (rounds.size() <= depth) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(depth).add(clone);
        }
        return rounds;
    }

    public static PlannedClone decide(ManifestEntry entry, Folder folder) {
        if (folder.repoRemotes().isPresent()) {
            List<Remote> found = folder.repoRemotes().get();
            if (entry.localOnly() || sharesAUrl(entry.remotes(), found)) {
                return new PlannedClone(entry, CloneAction.PRESENT, "already there");
            }
            return new PlannedClone(entry, CloneAction.CONFLICT, found.isEmpty()
                    ? "holds a repo without remotes, not " + entry.cloneRemote().orElseThrow().url()
                    : "holds another repo (" + found.getFirst().name() + " " + found.getFirst().url() + ")");
        }
        if (folder.exists() && !folder.empty()) {
            return new PlannedClone(entry, CloneAction.CONFLICT, "exists and is not a git repository");
        }
        if (entry.localOnly()) {
            return new PlannedClone(entry, CloneAction.LOCAL_ONLY, "no remote to clone from");
        }
        return new PlannedClone(entry, CloneAction.CLONE, "from " + entry.cloneRemote().orElseThrow().url());
    }

    private static boolean sharesAUrl(List<Remote> wanted, List<Remote> found) {
        return wanted.stream().flatMap(r -> r.urls().stream()).map(ClonePlanner::sameness)
                .anyMatch(url -> found.stream().flatMap(r -> r.urls().stream()).map(ClonePlanner::sameness).anyMatch(url::equals));
    }

    /** A URL without what does not change where it points: a trailing slash, a trailing {@code .git}. */
    static String sameness(String url) {
        String text = url.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.endsWith(".git") ? text.substring(0, text.length() - ".git".length()) : text;
    }
}
