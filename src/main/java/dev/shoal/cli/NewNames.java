package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.registry.ContextResolver;

/** What a name a user gives a repo or group may not be: empty, an option, or a word with a meaning of its own. */
final class NewNames {
    private NewNames() {
    }

    static void check(String name) {
        if (name.isBlank()) {
            throw ShoalException.usage("a name cannot be empty");
        }
        if (name.startsWith("-")) {
            throw ShoalException.usage("'" + name + "': a name cannot start with '-', it would read as an option");
        }
        if (name.equals(ContextResolver.AUTO) || name.equals(ContextCommand.NONE)) {
            throw ShoalException.usage("'" + name + "' is reserved for 'shoal context'");
        }
    }
}
