package dev.shoal.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The git subcommands a user would type: porcelain, {@code git-*} programs on the PATH, and aliases, as
 * git's own bash completion lists them ({@code git --list-cmds}, git 2.18+). One git process, a few ms.
 */
public final class GitCommands {
    private static final String LISTS = "list-mainporcelain,others,nohelpers,alias,list-complete,config";

    private GitCommands() {
    }

    /** The names, sorted and distinct; empty when git is missing or too old to list them. */
    public static List<String> list(GitRunner git, Path outsideAnyRepo) {
        try {
            GitResult listed = git.output(outsideAnyRepo, List.of(), List.of("--list-cmds=" + LISTS));
            if (!listed.ok()) {
                return List.of();
            }
            return listed.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
