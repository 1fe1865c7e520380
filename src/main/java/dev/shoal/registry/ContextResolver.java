package dev.shoal.registry;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/** Which group the context stands for right now; with {@code auto}, that depends on the working directory. */
public final class ContextResolver {
    public static final String AUTO = "auto";

    private ContextResolver() {
    }

    public static Optional<Group> activeGroup(Registry registry, Path cwd) {
        Optional<String> context = registry.context();
        if (context.isEmpty()) {
            return Optional.empty();
        }
        if (!context.get().equals(AUTO)) {
            return registry.group(context.get());
        }
        Path here = cwd.toAbsolutePath().normalize();
        // The deepest group folder that holds the working directory: the most specific match wins.
        return registry.groups().stream()
                .filter(g -> g.path().filter(here::startsWith).isPresent())
                .max(Comparator.comparingInt(g -> g.path().orElseThrow().getNameCount()));
    }
}
