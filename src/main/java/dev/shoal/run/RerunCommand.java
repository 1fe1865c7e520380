package dev.shoal.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs the same thing again in chosen repos: {@code command} (with its options),
 * the repo names, then {@code trailing} (usually {@code -- ARGS...}); {@code asTyped} is the whole
 * command line as the user gave it, for when every repo is to run again (empty when not known);
 * {@code undone} names the repos an earlier run of the same command left undone (a clone of a manifest
 * runs in rounds, a nested repo after the one holding it), named in every rerun line after it.
 */
public record RerunCommand(List<String> command, List<String> trailing, List<String> asTyped, List<String> undone) {
    public RerunCommand {
        command = List.copyOf(command);
        trailing = List.copyOf(trailing);
        asTyped = List.copyOf(asTyped);
        undone = List.copyOf(undone);
    }

    public RerunCommand(List<String> command, List<String> trailing, List<String> asTyped) {
        this(command, trailing, asTyped, List.of());
    }

    public RerunCommand(List<String> command, List<String> trailing) {
        this(command, trailing, List.of());
    }

    /** This command, for a run after others of the same command that left {@code repos} undone. */
    public RerunCommand after(List<String> repos) {
        return new RerunCommand(command, trailing, asTyped, repos);
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
