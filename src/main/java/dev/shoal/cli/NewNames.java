package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.registry.ContextResolver;
import dev.shoal.registry.Names;

/** What a name a user gives a repo or group may not be: what no name may be ({@link Names}), or a word with a meaning of its own. */
final class NewNames {
    private NewNames() {
    }

    static void check(String name) {
        Names.problem(name).ifPresent(problem -> {
            throw ShoalException.usage(problem);
        });
        if (name.equals(ContextResolver.AUTO) || name.equals(ContextCommand.NONE)) {
            throw ShoalException.usage("'" + name + "' is reserved for 'shoal context'");
        }
    }
}
