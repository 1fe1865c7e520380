package dev.shoal.git;

import java.nio.file.Path;
import java.util.List;

/** Where a repo is and how to run git in it: its folder, whether it is bare, and the flags that go right after {@code git}. */
public record RepoLocation(Path path, boolean bare, List<String> flags) {
    public RepoLocation {
        flags = List.copyOf(flags);
    }
}
