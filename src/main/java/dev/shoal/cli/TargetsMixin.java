package dev.shoal.cli;

import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The repos a command acts on, named by repo or group; none named means the context, else all. */
public final class TargetsMixin {
    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repos or groups to act on. None: the context group if one is set, else every repo.")
    List<String> names = new ArrayList<>();

    public List<Repo> select(Session session) {
        return TargetSelector.select(session.registry(), names, session.cwd());
    }
}
