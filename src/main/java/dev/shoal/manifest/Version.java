package dev.shoal.manifest;

import dev.shoal.git.Head;

/**
 * What a manifest says to check out after cloning. shoal's own manifests record a branch or a commit
 * (as {@code freeze} found them); vcstool's {@code .repos} files say {@code heads/X} for a branch,
 * {@code tags/X} for a tag, or just a word that git resolves: a branch, a tag, a commit id (short ones
 * too) or a ref, whichever the clone holds (vcstool asks the remote the same question with
 * {@code git ls-remote} before cloning).
 *
 * @param unpushed for a branch: {@code freeze} found it on no remote, so a clone cannot check it out
 */
public record Version(Kind kind, String name, boolean unpushed) {
    public enum Kind {
        BRANCH("branch"), TAG("tag"), COMMIT("commit"), ANY("version");

        /** The word before the name, in a plan and in shoal's manifest format. */
        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public Version {
        if (unpushed && kind != Kind.BRANCH) {
            throw new IllegalArgumentException("only a branch can be unpushed");
        }
    }

    public static Version of(Kind kind, String name) {
        return new Version(kind, name, false);
    }

    /** What a repo has checked out, as {@code freeze} records it. */
    public static Version of(Head head, boolean pushed) {
        return head.branch().map(b -> new Version(Kind.BRANCH, b, !pushed)).orElseGet(() -> of(Kind.COMMIT, head.version()));
    }

    /** A {@code version:} of a vcstool {@code .repos} file, in its spellings. */
    public static Version ofRepos(String text) {
        for (String prefix : new String[] {"refs/heads/", "heads/"}) {
            if (text.startsWith(prefix)) {
                return of(Kind.BRANCH, text.substring(prefix.length()));
            }
        }
        for (String prefix : new String[] {"refs/tags/", "tags/"}) {
            if (text.startsWith(prefix)) {
                return of(Kind.TAG, text.substring(prefix.length()));
            }
        }
        return of(Head.isObjectId(text) ? Kind.COMMIT : Kind.ANY, text);
    }

    /** As a {@code .repos} file says it: a tag with vcstool's {@code tags/}, so it is not taken for a branch. */
    public String reposText() {
        return kind == Kind.TAG ? "tags/" + name : name;
    }

    /** Whether a clone whose HEAD is {@code head} has this checked out already. */
    public boolean isCheckedOut(Head head) {
        return switch (kind) {
            case BRANCH -> head.branch().filter(name::equals).isPresent();
            case COMMIT -> head.commit().filter(name::equals).isPresent();
            case TAG, ANY -> false;
        };
    }

    /** For a plan: {@code branch main}, {@code tag 2.3.5}, {@code commit 1a2b3c4d5e6f}, {@code version 2.x}. */
    public String describe() {
        String shown = kind == Kind.COMMIT ? name.substring(0, 12) : name;
        return kind.word + " " + shown + (unpushed ? " (never pushed)" : "");
    }
}
