package dev.shoal.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the same thing again in chosen repos: {@code command} (with its options),
 * the repo names, then {@code trailing} (usually {@code -- ARGS...}).
 */
public record RerunCommand(List<String> command, List<String> trailing) {
    public RerunCommand {
        command = List.copyOf(command);
        trailing = List.copyOf(trailing);
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
