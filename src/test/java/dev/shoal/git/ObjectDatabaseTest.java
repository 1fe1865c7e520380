package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Objects read from the files, checked against {@code git cat-file} for every commit and blob of a repo. */
@ExtendWith(WorkspaceExtension.class)
class ObjectDatabaseTest {
    Path temp;
    Git git;
    Path repo;

    /** A file changed line by line over many commits, packed hard: plenty of deltas, some chained deep. */
    @BeforeEach
    void packedRepoWithDeltas(Workspace workspace) {
        temp = workspace.root();
        git = workspace.git();
        repo = git.init(workspace.path("deltas"));
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 300; line++) {
            text.append("line ").append(line).append(" of a file that changes a little in every commit\n");
        }
        for (int commit = 0; commit < 40; commit++) {
            text.replace(0, 4, String.format("%04d", commit));
            git.commit(repo, "big.txt", text.toString(), "commit " + commit + "\n\nthe body of commit " + commit);
        }
        git.run(repo, "gc", "-q", "--aggressive");
    }

    @Test
    void everyPackedObjectReadsAsGitPrintsIt() throws IOException {
        List<String[]> objects = packedObjects();
        assertTrue(objects.stream().anyMatch(o -> o.length >= 7), "the pack holds deltas");
        assertEveryObjectReads(objects);
    }

    @Test
    void versionOneIndexesAndEightByteOffsetsToo() throws IOException {
        Path pack = packFile();
        Path index = Path.of(pack.toString().replaceFirst("\\.pack$", ".idx"));
        // "2,N": objects from offset N on go in the table of 8-byte offsets (git refuses an index with all in it).
        String middle = packedObjects().get(20)[4];
        for (String version : List.of("1", "2," + middle)) {
            Path rebuilt = temp.resolve("rebuilt-" + version.replace(',', '-') + ".idx");
            git.run(repo, "index-pack", "--index-version=" + version, "-o", rebuilt.toString(), pack.toString());
            Files.copy(rebuilt, index, StandardCopyOption.REPLACE_EXISTING);
            assertEveryObjectReads(packedObjects());
        }
    }

    @Test
    void whatIsNotThereIsNotFound() {
        ObjectDatabase objects = ObjectDatabase.of(repo.resolve(".git"));
        assertEquals(Optional.empty(), objects.read("0123456789012345678901234567890123456789"));
        assertEquals(Optional.empty(), objects.read("not an id"));
    }

    private void assertEveryObjectReads(List<String[]> objects) {
        ObjectDatabase database = ObjectDatabase.of(repo.resolve(".git"));
        int checked = 0;
        for (String[] object : objects) {
            String id = object[0];
            String type = object[1];
            if (type.equals("commit") || type.equals("blob")) {
                GitObject read = database.read(id).orElseThrow(() -> new AssertionError("not found: " + id));
                assertEquals(type, read.type(), id);
                assertEquals(git.run(repo, "cat-file", type, id), new String(read.content(), StandardCharsets.UTF_8), id);
                checked++;
            }
        }
        assertTrue(checked >= 80, "checked " + checked);
    }

    /** {@code git verify-pack -v}: id, type, size, size in pack, offset[, depth, base id]. */
    private List<String[]> packedObjects() throws IOException {
        Path idx = Path.of(packFile().toString().replaceFirst("\\.pack$", ".idx"));
        return git.run(repo, "verify-pack", "-v", idx.toString()).lines()
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length >= 5 && fields[0].length() == 40)
                .toList();
    }

    private Path packFile() throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve(".git/objects/pack"))) {
            return files.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
    }
}
