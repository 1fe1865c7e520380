package dev.shoal.git;

/**
 * What is not committed, in the entries {@code git status} lists: files with staged changes, files
 * with unstaged changes, untracked entries (a new folder counts once, as git shows it), unmerged
 * files, and stash entries.
 */
public record Changes(int staged, int unstaged, int untracked, int conflicts, int stashes) {
    public static final Changes NONE = new Changes(0, 0, 0, 0, 0);

    /** Nothing to commit: no staged, unstaged, unmerged or untracked entry. Stashes do not count. */
    public boolean clean() {
        return staged == 0 && unstaged == 0 && untracked == 0 && conflicts == 0;
    }
}
