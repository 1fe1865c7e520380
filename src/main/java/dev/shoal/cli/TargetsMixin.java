package dev.shoal.cli;

import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The repos a command acts on, named by repo or group; none named means the context, else all. With
 * {@code --only}, just those in one of the given states (their state is read first).
 */
public final class TargetsMixin {
    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repos or groups to act on. None: the context group if one is set, else every repo.")
    List<String> names = new ArrayList<>();

    @Mixin
    OnlyOption only;

    public List<Repo> select(Session session) {
        return only.filter(session, named(session.registry(), session));
    }

    /** The repos the names stand for, before {@code --only}. */
    List<Repo> named(Registry registry, Session session) {
        return TargetSelector.select(registry, names, session.cwd());
    }
}
