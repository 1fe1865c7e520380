package dev.shoal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a repo's HEAD file says is checked out, read without starting git. */
public final class HeadFile {
    private static final String BRANCH_REF = "ref: refs/heads/";

    private HeadFile() {
    }

    public static Head read(GitDir git) {
        Path file = git.gitDir().resolve("HEAD");
        String content;
        try {
            content = Files.readString(file).strip();
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
