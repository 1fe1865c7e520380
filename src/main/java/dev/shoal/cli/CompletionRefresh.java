package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.completion.CompletionIndex;
import dev.shoal.git.GitCommands;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Keeps the completion index in step after every run: a few stat calls when nothing changed; when the
 * registry, the user's commands or settings, or shoal itself changed, the index is remade from the command
 * line the caller gives (so the user's own commands are in it) and the registry as it is now.
 */
final class CompletionRefresh {
    private CompletionRefresh() {
    }

    /**
     * After a run whose command line was {@code own}: remakes a stale index from the whole model, or from
     * {@code own} when not {@code wholeModel} (ShoalCli.run says which).
     */
    static void afterRun(Session session, CommandLine own, boolean wholeModel) {
        CompletionIndex index = CompletionIndex.in(session.home());
        String stamp = index.currentStamp();
        if (index.isUpToDate(stamp)) {
            return;
        }
        // The run's own command line may lack the commands from commands.yml (they are loaded only when
        // needed), so a user's index is written from the whole model; that happens only when a file changed.
        try {
            rewrite(session, wholeModel ? ShoalCli.commandLine(session) : own, index, stamp);
        } catch (ShoalException e) {
            // A broken commands.yml: the command that needs it reports it; the old index stays.
        }
    }

    /**
     * Whether the index is up to date: the check every run makes first ({@link #afterRun}), a few stat calls
     * and one short read; the trainings of the starts that build no command make it as such a start does.
     */
    static boolean isUpToDate(Session session) {
        CompletionIndex index = CompletionIndex.in(session.home());
        return index.isUpToDate(index.currentStamp());
    }

    /** Remakes the index; the stamp is taken before the registry is read, so a change in between is seen next run. */
    static void rewrite(Session session, CommandLine commandLine, CompletionIndex index, String stamp) {
        try {
            Registry registry = session.registry();
            index.write(stamp, commandLine,
                    registry.repos().stream().collect(Collectors.toMap(Repo::name, Repo::path, (a, b) -> a, LinkedHashMap::new)),
                    registry.groups().stream().map(Group::name).toList(),
                    GitCommands.list(session.git(), Path.of(System.getProperty("java.io.tmpdir"))));
        } catch (ShoalException | UncheckedIOException e) {
            // Completion is a convenience: a repos.yml that does not parse (the command reported it) or a
            // read-only config home leaves the old index, and the next run tries again.
        }
    }
}
