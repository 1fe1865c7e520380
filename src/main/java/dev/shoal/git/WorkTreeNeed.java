package dev.shoal.git;

import java.util.List;
import java.util.Set;

/**
 * Whether a git command line needs a work tree, so that it is not run in bare repos, where git refuses it
 * ("this operation must be run in a work tree"). The commands are those git.c marks NEED_WORK_TREE, and the
 * scripts that call require_work_tree (mergetool, difftool, submodule), as of git 2.39; diff and reset need
 * one only in some forms. An alias or an unknown command is let through: git says what it thinks of it.
 */
public final class WorkTreeNeed {
    private static final Set<String> ALWAYS = Set.of("add", "am", "checkout", "checkout-index", "cherry-pick", "clean",
            "commit", "difftool", "merge", "mergetool", "mv", "pull", "rebase", "restore", "revert", "rm",
            "sparse-checkout", "stage", "stash", "status", "submodule", "switch");

    private WorkTreeNeed() {
    }

    /** For {@code git ...}: true when git would refuse it in a bare repo. */
    public static boolean of(List<String> argv) {
        String subcommand = GitArgs.subcommand(argv).orElse("");
        List<String> args = GitArgs.subcommandArgs(argv);
        return switch (subcommand) {
            // Two revisions (A B, A..B, A...B) compare commits; anything else compares with the index or files.
            case "diff" -> revisions(args) < 2;
            // Only --soft moves the branch alone; the other modes write the index and maybe the files.
            case "reset" -> !args.contains("--soft");
            default -> ALWAYS.contains(subcommand);
        };
    }

    private static int revisions(List<String> args) {
        int count = 0;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                count += arg.contains("..") ? 2 : 1;
            }
        }
        return count;
    }
}
