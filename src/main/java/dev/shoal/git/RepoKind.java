package dev.shoal.git;

/** What kind of git repository a folder is, as far as registering it goes. */
public enum RepoKind {
    /** A folder with a {@code .git} folder. */
    WORK_TREE,
    /** A linked worktree ({@code git worktree add}): a {@code .git} file pointing into another repo. */
    LINKED_WORKTREE,
    /** A submodule's work tree: a {@code .git} file pointing into the superproject's {@code modules}. */
    SUBMODULE,
    /** A bare repository: the git folder itself, no work tree. */
    BARE
}
