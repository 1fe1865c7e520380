package dev.shoal.cli;

import java.util.List;
import java.util.Set;

/**
 * How much of commands.yml one command line needs as picocli commands. Reading it and building a
 * command per entry would cost more than the rest of shoal's start, so a built-in command (and
 * {@code --version}) reads none of it, a command from it builds only itself, and only the full help
 * (or an unknown word, which wants suggestions) builds them all.
 */
record CatalogNeed(boolean read, String only) {
    static final CatalogNeed NONE = new CatalogNeed(false, null);
    static final CatalogNeed ALL = new CatalogNeed(true, null);

    static CatalogNeed of(Set<String> builtIns, String... args) {
        List<String> words = List.of(args);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--color")) {
                i++; // its value
            } else if (!word.startsWith("-")) {
                return builtIns.contains(word) ? NONE : new CatalogNeed(true, word);
            }
        }
        boolean versionOnly = (words.contains("--version") || words.contains("-V"))
                && !words.contains("--help") && !words.contains("-h");
        return versionOnly ? NONE : ALL;
    }

    /** Whether the command named {@code name} is wanted, given the names commands.yml has. */
    boolean wants(String name, Set<String> names) {
        return only == null || !names.contains(only) || only.equals(name);
    }
}
