package dev.shoal.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the same thing again in chosen repos: {@code command} (with its options),
 * the repo names, then {@code trailing} (usually {@code -- ARGS...}); {@code asTyped} is the whole
 * command line as the user gave it, for when every repo is to run again (empty when not known).
 */
public record RerunCommand(List<String> command, List<String> trailing, List<String> asTyped) {
    public RerunCommand {
        command = List.copyOf(command);
        trailing = List.copyOf(trailing);
        asTyped = List.copyOf(asTyped);
    }

    public RerunCommand(List<String> command, List<String> trailing) {
        this(command, trailing, List.of());
    }

    /** Shell-quoted, ready to paste. */
    public String forRepos(List<String> repos, String... extraOptions) {
        List<String> words = new ArrayList<>(command);
        words.addAll(List.of(extraOptions));
        words.addAll(repos);
        words.addAll(trailing);
        return ShellWords.join(words);
    }
}
