package dev.shoal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What a repo's HEAD file says is checked out, read without starting git: the one reader of HEAD. */
public final class HeadFile {
    private static final String BRANCH_REF = "ref: refs/heads/";

    private HeadFile() {
    }

    /** What HEAD holds, as written: {@code ref: refs/heads/main}, another ref, or an object id. */
    static String raw(Path gitDir) throws IOException {
        return Files.readString(gitDir.resolve("HEAD")).strip();
    }

    /** The branch HEAD is on, when it names one; empty when detached or unreadable. */
    static Optional<String> branch(Path gitDir) {
        try {
            String content = raw(gitDir);
            return content.startsWith(BRANCH_REF) ? Optional.of(content.substring(BRANCH_REF.length())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Head read(GitDir git) {
        Path file = git.gitDir().resolve("HEAD");
        String content;
        try {
            content = raw(git.gitDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (content.startsWith(BRANCH_REF)) {
            return Head.onBranch(content.substring(BRANCH_REF.length()));
        }
        if (Head.isObjectId(content)) {
            return Head.detachedAt(content);
        }
        throw new UncheckedIOException(new IOException(file + ": neither a branch nor a commit: " + content));
    }
}
