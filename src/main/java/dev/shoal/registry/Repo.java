package dev.shoal.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A registered repository. {@code flags} go right after {@code git} whenever shoal runs git in it;
 * {@code extra} holds keys shoal does not know, kept so a hand-edited file survives a rewrite.
 */
public record Repo(String name, Path path, boolean bare, List<String> flags, Map<String, Object> extra) {

    public Repo {
        flags = List.copyOf(flags);
        extra = Map.copyOf(extra);
    }

    public static Repo of(String name, Path path, boolean bare) {
        return new Repo(name, path, bare, List.of(), Map.of());
    }

    public Repo withName(String newName) {
        return new Repo(newName, path, bare, flags, extra);
    }

    public Repo withFlags(List<String> newFlags) {
        return new Repo(name, path, bare, newFlags, extra);
    }

    /*
     * equals and hashCode written out: a record's own are linked at their first call (ObjectMethods), which
     * no start-up cache keeps, and that cost ll, which keys a map by repo, 10 ms at every start.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Repo repo && name.equals(repo.name) && path.equals(repo.path) && bare == repo.bare
                && flags.equals(repo.flags) && extra.equals(repo.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, path, bare, flags, extra);
    }

    /** True when the folder the registry points at is gone (deleted, moved, an unmounted disk). */
    public boolean missing() {
        return !Files.isDirectory(path);
    }
}
