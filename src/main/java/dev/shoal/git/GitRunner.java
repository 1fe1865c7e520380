package dev.shoal.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs git for shoal's own readers (status, for-each-ref, cat-file...), which only read. This package
 * says what to run and makes sense of the answer; starting the process is {@code run}'s, whose one
 * launcher gives every process the same environment policy, so the readers here cannot differ from the
 * commands a run starts. git is started so that it cannot leave the repo it was sent to for an
 * enclosing one.
 */
public interface GitRunner {
    /** {@code git FLAGS ARGS} in {@code repo}: its stdout, and its stderr when it failed. */
    GitResult run(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException;

    /** Like {@link #run}, but what git says on stderr is dropped, failed or not. */
    GitResult output(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException;

    /** What git printed, byte for byte, when it succeeded: for objects, whose text may be in any charset. */
    Optional<byte[]> bytes(Path repo, List<String> flags, List<String> args) throws IOException, InterruptedException;
}
