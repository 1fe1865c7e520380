package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which hosts a network command talks to, read from real repos' config the way git reads it. */
@ExtendWith(WorkspaceExtension.class)
class RemoteTargetTest {
    Workspace ws;
    Path repo;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        repo = ws.repo("api");
        ws.git().run(repo, "remote", "add", "origin", "git@GitHub.com:org/api.git");
        ws.git().run(repo, "remote", "add", "mirror", "ssh://me@mirror.example:2222/api.git");
        ws.git().run(repo, "remote", "add", "local", "/srv/git/api.git");
    }

    private RemoteTarget target(String... argv) {
        return RemoteTarget.of(repo, List.of(argv), GitConfig.of(ws.env()));
    }

    @Test
    void hostsOfTheUrlsGitUses() {
        assertEquals(Optional.of("github.com"), RemoteTarget.host("git@GitHub.com:org/api.git"));
        assertEquals(Optional.of("mirror.example:2222"), RemoteTarget.host("ssh://me@mirror.example:2222/api.git"));
        assertEquals(Optional.of("host.example"), RemoteTarget.host("https://user:secret@host.example/x.git"));
        assertEquals(Optional.empty(), RemoteTarget.host("/srv/git/api.git"));
        assertEquals(Optional.empty(), RemoteTarget.host("file:///srv/git/api.git"));
        assertEquals(Optional.empty(), RemoteTarget.host("../api.git"));
    }

    @Test
    void theRemoteNamedElseTheBranchsElseOrigin() {
        assertEquals(List.of("github.com"), target("git", "fetch").hosts());
        assertEquals(List.of("mirror.example:2222"), target("git", "fetch", "--prune", "mirror").hosts());
        assertEquals(List.of(), target("git", "-c", "x=y", "pull", "local", "main").hosts());
        ws.git().run(repo, "config", "branch.main.remote", "mirror");
        assertEquals(List.of("mirror.example:2222"), target("git", "pull").hosts());
        assertEquals(List.of("github.com", "mirror.example:2222"), target("git", "fetch", "--all").hosts());
        assertEquals(List.of("github.com", "mirror.example:2222"), target("git", "remote", "update").hosts());
        assertEquals(List.of("gitlab.example"), target("git", "ls-remote", "https://gitlab.example/x.git").hosts());
    }

    @Test
    void insteadOfFromTheGlobalConfigAndPushUrls() {
        Git.write(ws.path("home/.gitconfig"), "[url \"git@example.org:\"]\n\tinsteadOf = ex:\n\tpushInsteadOf = push:\n");
        ws.git().run(repo, "remote", "set-url", "origin", "ex:org/api.git");
        assertEquals(List.of("example.org"), target("git", "fetch").hosts());
        ws.git().run(repo, "remote", "set-url", "--push", "origin", "ssh://push.example/api.git");
        assertEquals(List.of("push.example"), target("git", "push").hosts());
        assertEquals(List.of("example.org"), target("git", "fetch").hosts());
    }

    @Test
    void aUsersOwnSshCommandIsNoticed() {
        assertFalse(target("git", "fetch").sshCommandConfigured());
        ws.git().run(repo, "config", "core.sshCommand", "ssh -i ~/.ssh/work");
        assertTrue(target("git", "fetch").sshCommandConfigured());
    }
}
