package dev.shoal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.ShoalException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot beside repos.yml: taken while the file holds what it was made from, never after any change
 * to it, never for a file with keys shoal does not know; a broken file is reported whatever the snapshot.
 */
class RegistrySnapshotTest {
    private static final String YAML = """
            repos:
              api: {path: /src/api, flags: [-c, core.pager=cat, '', "tab\\there"]}
              site: {path: /src/site.git, bare: true}
              'a b': {path: /src/with space}
            groups:
              web: {members: [api, site], path: /src}
              all: {members: [api, site, 'a b']}
            context: web
            """;

    @TempDir
    Path home;

    private Path repos() {
        return home.resolve("repos.yml");
    }

    private Registry load() {
        return new RegistryStore(repos()).load();
    }

    @Test
    void aSecondReadGivesWhatTheYamlGave() throws Exception {
        Files.writeString(repos(), YAML);
        String fromYaml = RegistryCodec.write(load());
        assertTrue(Files.isRegularFile(home.resolve(".repos.yml.snapshot")), "the first read made the snapshot");
        assertEquals(fromYaml, RegistryCodec.write(load()));
    }

    @Test
    void theSnapshotIsWhatAReadTakesWhileTheFileIsUnchanged() throws Exception {
        Files.writeString(repos(), YAML);
        load();
        Path snapshot = home.resolve(".repos.yml.snapshot");
        Files.writeString(snapshot, Files.readString(snapshot).replace("/src/api", "/src/API"));
        assertEquals(Path.of("/src/API"), load().requireRepo("api").path());
    }

    @Test
    void aChangeShoalWritesLeavesItsSnapshotMade() throws Exception {
        Files.writeString(repos(), YAML);
        new RegistryStore(repos()).update(registry -> {
            registry.addRepo(Repo.of("new", Path.of("/src/new"), false));
            return null;
        });
        Path snapshot = home.resolve(".repos.yml.snapshot");
        assertTrue(Files.readString(snapshot).contains("/src/new"), "made by the write");
        assertEquals(Path.of("/src/new"), load().requireRepo("new").path());
    }

    @Test
    void anyChangeToTheFileIsReadFromTheYaml() throws Exception {
        Files.writeString(repos(), YAML);
        load();
        FileTime written = Files.getLastModifiedTime(repos());
        // The same length, the same time: only the content tells.
        Files.writeString(repos(), YAML.replace("/src/api", "/src/ipa"));
        Files.setLastModifiedTime(repos(), written);
        assertEquals(Path.of("/src/ipa"), load().requireRepo("api").path());
        assertEquals(Path.of("/src/ipa"), load().requireRepo("api").path(), "and its new snapshot says so too");
    }

    @Test
    void keysShoalDoesNotKnowAreReadFromTheYamlEveryTime() throws Exception {
        Files.writeString(repos(), YAML + "mine: {keep: 1.10}\n");
        assertTrue(RegistryCodec.write(load()).contains("keep: 1.10"), "kept as written");
        assertFalse(Files.exists(home.resolve(".repos.yml.snapshot")));
        Files.writeString(repos(), YAML.replace("bare: true", "bare: true, note: mine"));
        assertTrue(RegistryCodec.write(load()).contains("note: mine"));
        assertFalse(Files.exists(home.resolve(".repos.yml.snapshot")));
    }

    @Test
    void aBrokenFileIsReportedWhateverTheSnapshot() throws Exception {
        Files.writeString(repos(), YAML);
        load();
        Files.writeString(repos(), "repos:\n  a:\n    path: /x\n  b: [unclosed\n");
        ShoalException broken = assertThrows(ShoalException.class, this::load);
        assertTrue(broken.getMessage().contains("repos.yml:5:1"), broken.getMessage());
    }

    @Test
    void aDamagedSnapshotIsMadeAgainFromTheYaml() throws Exception {
        Files.writeString(repos(), YAML);
        String fromYaml = RegistryCodec.write(load());
        Path snapshot = home.resolve(".repos.yml.snapshot");
        List<String> lines = Files.readAllLines(snapshot, StandardCharsets.UTF_8);
        Files.writeString(snapshot, lines.getFirst() + "\nrepo\tonly-a-name\n");
        assertEquals(fromYaml, RegistryCodec.write(load()));
        assertEquals(fromYaml, RegistryCodec.write(load()), "read from the snapshot made again");
        assertTrue(Files.readString(snapshot).contains("/src/with space"));
    }
}
