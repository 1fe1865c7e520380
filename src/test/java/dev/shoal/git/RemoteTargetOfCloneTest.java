package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clone runs in a folder that is no repo (or another repo): its host comes from the URL it clones. */
@ExtendWith(WorkspaceExtension.class)
class RemoteTargetOfCloneTest {

    @Test
    void aCloneOutsideAnyRepoIsBoundToTheHostOfItsUrl(Workspace ws) {
        Path target = ws.path("code/api");
        List<String> argv = List.of("git", "clone", "--", "https://git.example.com/me/api.git", target.toString());
        assertEquals(List.of("git.example.com"), RemoteTarget.of(ws.root(), argv, GitConfig.of(ws.env())).hosts());
    }

    @Test
    void aCloneInsideAnotherRepoIsNotTakenForThatRepoFetching(Workspace ws) {
        Path outer = ws.repo("outer");
        ws.git().run(outer, "remote", "add", "origin", "https://other.example.com/outer.git");
        List<String> argv = List.of("git", "clone", "--", "ssh://me@git.example.com:2222/api.git", outer.resolve("vendor/api").toString());
        assertEquals(List.of("git.example.com:2222"), RemoteTarget.of(outer, argv, GitConfig.of(ws.env())).hosts());
    }
}
