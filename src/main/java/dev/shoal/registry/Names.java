package dev.shoal.registry;

import java.util.Optional;

/**
 * What no repo or group name may be, wherever it comes from (a folder name, a manifest, repos.yml):
 * empty, {@code .} or {@code ..} (which read as folders), starting with {@code -} (which reads as an
 * option on every command line that names it, a {@code rerun:} line included; {@link RepoNaming} puts
 * the parent folder in front instead), or holding control characters, which would split a listing or
 * the completion index into two names, or reach a terminal as a command.
 */
public final class Names {
    private Names() {
    }

    /** Why {@code name} cannot name a repo or group, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name.isBlank()) {
            return Optional.of("a name cannot be empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("'" + name + "' cannot be a name");
        }
        if (name.startsWith("-")) {
            return Optional.of("'" + name + "': a name cannot start with '-', it would read as an option");
        }
        if (hasControl(name)) {
            return Optional.of("a name cannot hold control characters or line breaks");
        }
        return Optional.empty();
    }

    /** True when {@code text} holds a C0 or C1 control character (a line break, ESC, BEL, DEL...). */
    public static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
