package dev.shoal.cli;

import java.util.List;

/**
 * Which commands one command line can reach, so that a start builds only those as picocli commands:
 * none for {@code --version}, the one named (a built-in, or an entry of commands.yml), and all of them
 * only for the full help or a word that names no command (which wants suggestions).
 *
 * @param named the first word that is not an option, or null
 * @param all   whether every command is needed
 */
record CommandsNeeded(String named, boolean all) {
    static final CommandsNeeded NONE = new CommandsNeeded(null, false);
    static final CommandsNeeded ALL = new CommandsNeeded(null, true);

    static CommandsNeeded of(String... args) {
        List<String> words = List.of(args);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--color")) {
                i++; // its value
            } else if (!word.startsWith("-")) {
                return new CommandsNeeded(word, false);
            }
        }
        boolean versionOnly = (words.contains("--version") || words.contains("-V"))
                && !words.contains("--help") && !words.contains("-h");
        return versionOnly ? NONE : ALL;
    }

    /**
     * Whether these arguments run a command in repos: one of commands.yml's (whose word names no built-in
     * command), or a built-in one that is {@link RunsInRepos}; not when they ask for help (before a {@code --}:
     * after it, a {@code -h} is the command's).
     */
    static boolean runInRepos(String... args) {
        CommandsNeeded needed = of(args);
        List<String> words = List.of(args);
        List<String> shoals = words.contains("--") ? words.subList(0, words.indexOf("--")) : words;
        if (needed.named == null || shoals.contains("--help") || shoals.contains("-h")) {
            return false;
        }
        return !needed.builtIn() || RunsInRepos.class.isAssignableFrom(BuiltInCommands.type(needed.named));
    }

    /** Whether the named command is one of shoal's own, which needs nothing from commands.yml. */
    boolean builtIn() {
        return named != null && BuiltInCommands.NAMES.contains(named);
    }

    /** Whether commands.yml must be read. */
    boolean catalog() {
        return all || (named != null && !builtIn());
    }
}
