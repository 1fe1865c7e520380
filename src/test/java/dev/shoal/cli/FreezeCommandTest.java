package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What freeze writes for repos in unusual states, and for chosen targets. */
@ExtendWith(WorkspaceExtension.class)
class FreezeCommandTest {

    @Test
    void aDetachedHeadIsRecordedAsItsCommitAndTargetsChooseReposAndGroups(Workspace ws) {
        Path api = ws.repo("src/api");
        ws.repo("src/site");
        ws.repo("src/docs");
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
        assertEquals(0, ws.shoal("group", "add", "api", "site", "-n", "web", "-p", ws.path("src").toString()).exitCode());
        String commit = ws.git().run(api, "rev-parse", "HEAD").strip();
        ws.git().run(api, "checkout", "-q", "--detach");

        ProcessResult freeze = ws.shoal("freeze", "api", "--relative-to", ws.path("src").toString());
        assertEquals(0, freeze.exitCode(), freeze.stderr());
        assertEquals("""
                # A shoal manifest: rebuild these repos with 'shoal clone -f FILE [-C DIR]'.
                repos:
                  api:
                    path: api
                    commit: %s
                    local-only: true
                groups:
                  web:
                    members:
                    - api
                    path: .
                """.formatted(commit), freeze.stdout());
    }

    @Test
    void aRepoWhoseFolderIsGoneIsLeftOutAndSaidSo(Workspace ws) throws IOException {
        Path gone = ws.repo("src/gone");
        ws.repo("src/kept");
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
        try (Stream<Path> files = Files.walk(gone)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Path out = ws.path("out/manifest.yml");

        ProcessResult freeze = ws.shoal("freeze", "-o", out.toString());
        assertEquals(1, freeze.exitCode());
        assertEquals("shoal: gone: " + gone + " is missing or not a git repository; left out\n", freeze.stderr());
        assertEquals("froze 1 repo to " + out + "\n", freeze.stdout());
        String written = Files.readString(out);
        assertTrue(written.contains("  kept:\n") && !written.contains("gone"), written);
    }
}
