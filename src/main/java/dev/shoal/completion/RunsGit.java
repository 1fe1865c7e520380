package dev.shoal.completion;

import java.util.List;

/**
 * A command that runs one git command line with the words after its {@code --} added ({@code shoal lo --
 * --graph} runs {@code git log --oneline -7 --graph}): completion hands that whole line to git's own
 * completion, so the words after {@code --} complete as git would complete them.
 */
public interface RunsGit {
    /** The git command line, {@code git} first; empty when the command runs something else. */
    List<String> gitCommandLine();
}
