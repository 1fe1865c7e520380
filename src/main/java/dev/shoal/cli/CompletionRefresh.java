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
import java.util.function.Supplier;
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

    /** {@code model}: the command line to remake a stale index from (ShoalCli.run says which). */
    static void afterRun(Session session, Supplier<CommandLine> model) {
        CompletionIndex index = CompletionIndex.in(session.home());
        String stamp = index.currentStamp();
        if (!index.isUpToDate(stamp)) {
            // The run's own command line may lack the commands from commands.yml (they are loaded only when
            // needed), so a user's index is written from the whole model; that happens only when a file changed.
            try {
                rewrite(session, model.get(), index, stamp);
            } catch (ShoalException e) {
                // A broken commands.yml: the command that needs it reports it; the old index stays.
            }
        }
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
