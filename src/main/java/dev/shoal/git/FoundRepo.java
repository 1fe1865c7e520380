package dev.shoal.git;

import java.nio.file.Path;

/** A repository found on disk: its top folder (the git folder itself when bare) and its kind. */
public record FoundRepo(Path path, RepoKind kind) {
    public boolean bare() {
        return kind == RepoKind.BARE;
    }
}
