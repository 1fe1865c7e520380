package dev.shoal.manifest;

import dev.shoal.registry.Group;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A portable description of a set of repos and the groups over them: what {@code freeze} writes and
 * {@code clone -f} rebuilds. Paths are absolute, or relative to a folder chosen when writing or cloning.
 * {@code problems} are entries a file held that cannot be cloned (a vcstool entry of another VCS), each
 * as {@code FILE:LINE:COL: why}.
 */
public record Manifest(List<ManifestEntry> entries, List<Group> groups, List<String> problems) {
    public Manifest {
        entries = List.copyOf(entries);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }

    public Manifest(List<ManifestEntry> entries, List<Group> groups) {
        this(entries, groups, List.of());
    }

    /**
     * The deepest folder holding every absolute path: each repo's parent folder and each group's folder,
     * so a lone repo keeps its own folder name below it. Empty when no path is absolute.
     */
    public Optional<Path> commonRoot() {
        return Stream.concat(
                        entries.stream().map(ManifestEntry::path).filter(Path::isAbsolute).map(Path::getParent),
                        groups.stream().map(Group::path).flatMap(Optional::stream).filter(Path::isAbsolute))
                .filter(p -> p != null)
                .reduce(Manifest::commonAncestor);
    }

    private static Path commonAncestor(Path a, Path b) {
        Path common = a.getRoot();
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()) && a.getName(i).equals(b.getName(i)); i++) {
            common = common.resolve(a.getName(i));
        }
        return common;
    }

    /** Absolute paths written relative to {@code dir} (relative ones are left as they are). */
    public Manifest relativeTo(Path dir) {
        return mapPaths(p -> p.isAbsolute() ? dir.relativize(p) : p);
    }

    /**
     * Every path made absolute for cloning into {@code dir}: relative paths go below it; absolute ones
     * too, at their place below the {@link #commonRoot} (so the layout between repos is kept), unless
     * {@code keepAbsolute} says to clone them where they were recorded.
     */
    public Manifest placedIn(Path dir, boolean keepAbsolute) {
        Manifest relative = keepAbsolute ? this : commonRoot().map(this::relativeTo).orElse(this);
        return relative.mapPaths(p -> dir.resolve(p).normalize());
    }

    /** Just the named repos, and the groups over them with just those members. */
    public Manifest only(Collection<String> names) {
        return new Manifest(
                entries.stream().filter(e -> names.contains(e.name())).toList(),
                groups.stream().map(g -> g.withMembers(g.members().stream().filter(names::contains).toList()))
                        .filter(g -> !g.members().isEmpty()).toList(),
                problems);
    }

    private Manifest mapPaths(UnaryOperator<Path> change) {
        return new Manifest(
                entries.stream().map(e -> e.withPath(change.apply(e.path()))).toList(),
                groups.stream().map(g -> g.withPath(g.path().map(change))).toList(),
                problems);
    }
}
