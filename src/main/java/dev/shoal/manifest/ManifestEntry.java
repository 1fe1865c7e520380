package dev.shoal.manifest;

import dev.shoal.git.Remote;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One repo of a manifest: where it goes ({@code path}, absolute or relative to where it is cloned),
 * where it comes from ({@code remotes}, none for a local-only repo), what to check out ({@code version};
 * empty leaves the clone on the remote's default branch), and the registry's {@code bare} and {@code flags}.
 */
public record ManifestEntry(String name, Path path, boolean bare, List<String> flags, List<Remote> remotes,
                            Optional<Version> version) {
    private static final String USUAL_REMOTE = "origin";

    public ManifestEntry {
        flags = List.copyOf(flags);
        remotes = List.copyOf(remotes);
    }

    /** A repo without a remote: it can be recorded, not cloned. */
    public boolean localOnly() {
        return remotes.isEmpty();
    }

    /** The remote to clone from: {@code origin} if there is one, else the first listed. */
    public Optional<Remote> cloneRemote() {
        return remotes.stream().filter(r -> r.name().equals(USUAL_REMOTE)).findFirst()
                .or(() -> remotes.stream().findFirst());
    }

    /** The remotes to add after cloning from {@link #cloneRemote}. */
    public List<Remote> extraRemotes() {
        Optional<Remote> cloned = cloneRemote();
        return remotes.stream().filter(r -> cloned.filter(r::equals).isEmpty()).toList();
    }

    public ManifestEntry withPath(Path newPath) {
        return new ManifestEntry(name, newPath, bare, flags, remotes, version);
    }
}
