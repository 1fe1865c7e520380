package dev.shoal.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shoal.ShoalException;
import dev.shoal.files.YamlFile;
import dev.shoal.git.Remote;
import dev.shoal.registry.Group;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading and writing manifests: what each form means, and mistakes reported at FILE:LINE:COL. */
class ManifestFileTest {
    private static final Path FILE = Path.of("m.yml");

    private static Manifest parse(String text) {
        return ManifestFile.read(YamlFile.parse(FILE, text));
    }

    private static String error(String text) {
        return assertThrows(ShoalException.class, () -> parse(text)).getMessage();
    }

    @Test
    void writtenManifestsReadBackTheSame() {
        Manifest manifest = new Manifest(List.of(
                new ManifestEntry("api", Path.of("work/api"), false, List.of("-c", "core.quotepath=off"),
                        List.of(new Remote("origin", List.of("https://example.com/api.git"), List.of("git@example.com:api.git")),
                                new Remote("mirrors", List.of("https://a.example.com/api", "https://b.example.com/api"), List.of())),
                        Optional.of(Version.of(Version.Kind.BRANCH, "main"))),
                new ManifestEntry("1.10", Path.of(""), true, List.of(), List.of(Remote.of("origin", "/srv/x.git")),
                        Optional.of(Version.of(Version.Kind.COMMIT, "4b825dc642cb6eb9a060e54bf8d69288fbee4904"))),
                new ManifestEntry("notes", Path.of("/home/me/notes"), false, List.of(), List.of(),
                        Optional.of(Version.of(Version.Kind.BRANCH, "no"))),
                new ManifestEntry("wip", Path.of("wip"), false, List.of(), List.of(Remote.of("origin", "/srv/wip.git")),
                        Optional.of(new Version(Version.Kind.BRANCH, "spike", true))),
                new ManifestEntry("pinned", Path.of("pinned"), false, List.of(), List.of(Remote.of("origin", "/srv/p.git")),
                        Optional.of(Version.of(Version.Kind.TAG, "v1.2"))),
                new ManifestEntry("any", Path.of("any"), false, List.of(), List.of(Remote.of("origin", "/srv/a.git")),
                        Optional.of(Version.of(Version.Kind.ANY, "1a2b3c4")))),
                List.of(new Group("work", List.of("api", "notes"), Optional.of(Path.of("work")), Map.of())));
        String text = ManifestCodec.write(manifest);
        assertEquals(manifest, parse(text));
        assertEquals(true, text.contains("local-only: true"), text);
        assertEquals(true, text.contains("path: .\n"), text);
    }

    @Test
    void aRemoteIsAUrlOrAMappingWithSeveralUrls() {
        Manifest manifest = parse("""
                repos:
                  api:
                    path: api
                    remotes:
                      origin: https://example.com/api.git
                      fork: {url: [https://a/api, https://b/api], pushurl: ssh://me@a/api}
                """);
        assertEquals(List.of(Remote.of("origin", "https://example.com/api.git"),
                        new Remote("fork", List.of("https://a/api", "https://b/api"), List.of("ssh://me@a/api"))),
                manifest.entries().getFirst().remotes());
        assertEquals(Optional.empty(), manifest.entries().getFirst().version(), "no branch: the remote's default");
    }

    @Test
    void mistakesAreReportedWhereTheyStand() {
        assertEquals("m.yml:4:13: 'remote' is not a key of repo 'api'; did you mean remotes?", error("""
                repos:
                  api:
                    path: api
                    remote: {origin: x}
                """));
        assertEquals("m.yml:2:8: repo 'api' has no 'path'", error("""
                repos:
                  api: {remotes: {origin: x}}
                """));
        assertEquals("m.yml:2:42: repo 'api' has both a branch and a commit; give one", error("""
                repos:
                  api: {path: api, branch: main, commit: 4b825dc642cb6eb9a060e54bf8d69288fbee4904}
                """));
        assertEquals("m.yml:3:6: repo 'b' has the same path as 'a'", error("""
                repos:
                  a: {path: x/../same}
                  b: {path: same}
                """));
        assertEquals("m.yml:4:20: group 'g' lists 'b', which is not a repo of this manifest", error("""
                repos:
                  a: {path: a}
                groups:
                  g: {members: [a, b]}
                """));
        assertEquals("m.yml:2:34: remote 'origin' of repo 'a' has no 'url'", error("""
                repos:
                  a: {path: a, remotes: {origin: {pushurl: x}}}
                """));
        assertEquals("m.yml: not a manifest: it has neither 'repos' (shoal freeze) nor 'repositories' (vcstool .repos)",
                error("projects: {}\n"));
    }

    @Test
    void aReposFileIsToldApartByItsTopKey() {
        Manifest manifest = parse("""
                repositories:
                  src/a/lib: {type: git, url: https://example.com/a/lib.git, version: main}
                  src/b/lib: {type: git, url: https://example.com/b/lib.git, version: 4b825dc642cb6eb9a060e54bf8d69288fbee4904}
                  src/old: {type: svn, url: https://svn.example.com/old}
                """);
        assertEquals(List.of("lib", "b/lib"), manifest.entries().stream().map(ManifestEntry::name).toList(),
                "names as add gives them: the parent folder in front on a clash");
        assertEquals(Path.of("src/b/lib"), manifest.entries().get(1).path());
        assertEquals(Optional.of(Version.of(Version.Kind.COMMIT, "4b825dc642cb6eb9a060e54bf8d69288fbee4904")), manifest.entries().get(1).version());
        assertEquals(List.of("m.yml:4:12: src/old: type 'svn' is not supported, shoal clones git repos; skipped"), manifest.problems());
    }
}
