package dev.shoal.git;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one {@code git status --porcelain=v2 --branch --show-stash} said.
 *
 * @param commit   HEAD's commit; empty on an unborn branch
 * @param branch   the branch; empty when HEAD is detached
 * @param upstream the upstream's short name, when one is configured
 * @param ahead    commits on HEAD and not on the upstream; present only when the upstream ref exists
 * @param behind   commits on the upstream and not on HEAD; present with {@code ahead}
 */
public record PorcelainStatus(Optional<String> commit, Optional<String> branch, Optional<String> upstream,
                              OptionalInt ahead, OptionalInt behind, Changes changes) {
}
