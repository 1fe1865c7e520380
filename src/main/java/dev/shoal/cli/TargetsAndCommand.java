package dev.shoal.cli;

import java.util.List;

/**
 * The words after a run command, cut at the first {@code --}: targets before it, the command after it.
 * picocli drops a {@code --} it reads as the end of options and keeps a later one as a word, so the cut
 * is found in the original arguments and counted from the end.
 */
record TargetsAndCommand(List<String> targets, List<String> command, boolean dashDash) {

    static TargetsAndCommand of(List<String> words, List<String> originalArgs) {
        int dashDash = originalArgs.indexOf("--");
        if (dashDash < 0) {
            return new TargetsAndCommand(List.copyOf(words), List.of(), false);
        }
        int tail = Math.min(words.size(), originalArgs.size() - dashDash - 1);
        List<String> head = words.subList(0, words.size() - tail);
        if (!head.isEmpty() && head.getLast().equals("--")) {
            head = head.subList(0, head.size() - 1);
        }
        return new TargetsAndCommand(List.copyOf(head), List.copyOf(words.subList(words.size() - tail, words.size())), true);
    }
}
