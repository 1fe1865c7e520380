package dev.shoal.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a git command line is: where its subcommand stands, whether it talks to a remote, and how shoal
 * builds one for a repo (its colors and its per-repo flags right after {@code git}).
 */
public final class GitArgs {
    /** git's own options that take their value as the next word. */
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of(
            "-C", "-c", "--git-dir", "--work-tree", "--namespace", "--super-prefix", "--config-env", "--list-cmds");
    /** Subcommands that reach a remote whatever their arguments. */
    private static final Set<String> NETWORK = Set.of("fetch", "pull", "push", "clone", "ls-remote");

    private GitArgs() {
    }

    /** {@code git [-c color.ui=always] FLAGS... ARGS...}. */
    public static List<String> command(List<String> flags, boolean colors, List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add("git");
        if (colors) {
            argv.add("-c");
            argv.add("color.ui=always");
        }
        argv.addAll(flags);
        argv.addAll(args);
        return argv;
    }

    public static boolean isGit(List<String> argv) {
        return !argv.isEmpty() && argv.getFirst().equals("git");
    }

    /** Where the subcommand stands in {@code git ...}, past git's own options. */
    public static Optional<Integer> subcommandIndex(List<String> argv) {
        if (!isGit(argv)) {
            return Optional.empty();
        }
        for (int i = 1; i < argv.size(); i++) {
            String word = argv.get(i);
            if (GLOBAL_WITH_VALUE.contains(word)) {
                i++;
            } else if (!word.startsWith("-")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The words after the subcommand. */
    public static List<String> subcommandArgs(List<String> argv) {
        return subcommandIndex(argv).map(i -> argv.subList(i + 1, argv.size())).orElse(List.of());
    }

    public static Optional<String> subcommand(List<String> argv) {
        return subcommandIndex(argv).map(argv::get);
    }

    /**
     * Whether the command connects to a remote: fetch, pull, push, clone, ls-remote, {@code remote update},
     * {@code remote show|prune NAME} and {@code submodule update}. These are the ones bounded per host.
     */
    public static boolean isNetwork(List<String> argv) {
        Optional<String> subcommand = subcommand(argv);
        if (subcommand.isEmpty()) {
            return false;
        }
        List<String> rest = subcommandArgs(argv).stream().filter(w -> !w.startsWith("-")).toList();
        String first = rest.isEmpty() ? "" : rest.getFirst();
        return switch (subcommand.get()) {
            case "remote" -> first.equals("update") || first.equals("prune") || first.equals("show") && rest.size() > 1;
            case "submodule" -> first.equals("update");
            default -> NETWORK.contains(subcommand.get());
        };
    }
}
