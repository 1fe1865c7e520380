package dev.shoal.git;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses git's porcelain v2 status (with {@code --branch} and {@code --show-stash}), the format git
 * promises to keep stable for scripts. Paths are never needed, only what kind each entry is.
 */
public final class StatusParser {
    /**
     * What git prints as the branch when HEAD names a ref it cannot read (a ref file holding
     * {@code zzzz}, say); an unborn branch prints its own name.
     */
    public static final String UNRESOLVED_HEAD = "(unknown)";

    private StatusParser() {
    }

    public static PorcelainStatus parse(String output) {
        Optional<String> commit = Optional.empty();
        Optional<String> branch = Optional.empty();
        Optional<String> upstream = Optional.empty();
        OptionalInt ahead = OptionalInt.empty();
        OptionalInt behind = OptionalInt.empty();
        int staged = 0;
        int unstaged = 0;
        int untracked = 0;
        int conflicts = 0;
        int stashes = 0;
        for (String line : output.split("\n")) {
            if (line.startsWith("# branch.oid ")) {
                String oid = value(line, "# branch.oid ");
                commit = oid.equals("(initial)") ? Optional.empty() : Optional.of(oid);
            } else if (line.startsWith("# branch.head ")) {
                String head = value(line, "# branch.head ");
                branch = head.equals("(detached)") ? Optional.empty() : Optional.of(head);
            } else if (line.startsWith("# branch.upstream ")) {
                upstream = Optional.of(value(line, "# branch.upstream "));
            } else if (line.startsWith("# branch.ab ")) {
                String[] counts = value(line, "# branch.ab ").split(" ");
                ahead = OptionalInt.of(Math.abs(Integer.parseInt(counts[0])));
                behind = OptionalInt.of(Math.abs(Integer.parseInt(counts[1])));
            } else if (line.startsWith("# stash ")) {
                stashes = Integer.parseInt(value(line, "# stash "));
            } else if (line.startsWith("1 ") || line.startsWith("2 ")) {
                // "1 XY ...": X is the index against HEAD, Y the work tree against the index; '.' is unchanged.
                staged += line.charAt(2) != '.' ? 1 : 0;
                unstaged += line.charAt(3) != '.' ? 1 : 0;
            } else if (line.startsWith("u ")) {
                conflicts++;
            } else if (line.startsWith("? ")) {
                untracked++;
            }
        }
        return new PorcelainStatus(commit, branch, upstream, ahead, behind,
                new Changes(staged, unstaged, untracked, conflicts, stashes));
    }

    private static String value(String line, String prefix) {
        return line.substring(prefix.length()).strip();
    }
}
