package dev.shoal.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.git.Remote;
import dev.shoal.registry.Group;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a manifest's repos go when cloned. */
class ManifestTest {
    private static ManifestEntry entry(String name, String path) {
        return new ManifestEntry(name, Path.of(path), false, List.of(), List.of(Remote.of("origin", "u")), Optional.empty());
    }

    private static List<Path> paths(Manifest manifest) {
        return manifest.entries().stream().map(ManifestEntry::path).toList();
    }

    @Test
    void absolutePathsKeepTheirLayoutBelowTheTargetFolder() {
        Manifest manifest = new Manifest(List.of(entry("api", "/home/me/src/work/api"), entry("site", "/home/me/src/site")),
                List.of(new Group("work", List.of("api"), Optional.of(Path.of("/home/me/src/work")), Map.of())));
        assertEquals(Optional.of(Path.of("/home/me/src")), manifest.commonRoot());
        Manifest placed = manifest.placedIn(Path.of("/new"), false);
        assertEquals(List.of(Path.of("/new/work/api"), Path.of("/new/site")), paths(placed));
        assertEquals(Optional.of(Path.of("/new/work")), placed.groups().getFirst().path());
    }

    @Test
    void aLoneRepoKeepsItsFolderName() {
        Manifest manifest = new Manifest(List.of(entry("api", "/home/me/src/api")), List.of());
        assertEquals(List.of(Path.of("/new/api")), paths(manifest.placedIn(Path.of("/new"), false)));
    }

    @Test
    void aGroupFolderAboveTheReposWidensTheRoot() {
        Manifest manifest = new Manifest(List.of(entry("api", "/home/me/src/api")),
                List.of(new Group("home", List.of("api"), Optional.of(Path.of("/home/me")), Map.of())));
        Manifest placed = manifest.placedIn(Path.of("/new"), false);
        assertEquals(List.of(Path.of("/new/src/api")), paths(placed));
        assertEquals(Optional.of(Path.of("/new")), placed.groups().getFirst().path());
    }

    @Test
    void preservingKeepsAbsolutePathsAndRelativeOnesGoBelowTheTarget() {
        Manifest manifest = new Manifest(List.of(entry("api", "/srv/api"), entry("site", "web/site")), List.of());
        assertEquals(List.of(Path.of("/srv/api"), Path.of("/new/web/site")), paths(manifest.placedIn(Path.of("/new"), true)));
        assertEquals(List.of(Path.of("/new/api"), Path.of("/new/web/site")), paths(manifest.placedIn(Path.of("/new"), false)));
    }

    @Test
    void relativeToWritesPathsFromAFolder() {
        Manifest manifest = new Manifest(List.of(entry("api", "/home/me/src/api"), entry("x", "/opt/x")), List.of());
        assertEquals(List.of(Path.of("api"), Path.of("../../../opt/x")), paths(manifest.relativeTo(Path.of("/home/me/src"))));
    }
}
