package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A repo's command runs in that repo or not at all: never in an enclosing repo once the registered
 * folder lost its .git, never in the repo an inherited GIT_DIR names. Each case once deleted or changed
 * files of a repo the user never named.
 */
@ExtendWith(WorkspaceExtension.class)
class WrongRepoTest {
    Workspace ws;
    Path parent;
    Path child;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        parent = ws.repo("parent");
        Git.write(parent.resolve("f1.txt"), "parent's own\n");
        ws.git().run(parent, "add", "f1.txt");
        ws.git().run(parent, "commit", "-qm", "one");
        Path seed = ws.repo("seed");
        Path remote = ws.remotesFrom(seed, "origin").resolve("origin.git");
        child = parent.resolve("child");
        ws.git().run(ws.root(), "clone", "-q", remote.toString(), child.toString());
        assertEquals(0, ws.shoal("add", child.toString()).exitCode());
        Git.write(parent.resolve("untracked.txt"), "clean -fdx would delete this\n");
    }

    /** The three ways a registered folder stops holding its repo. */
    private void breakChild(String how) {
        switch (how) {
            case "no .git" -> delete(child.resolve(".git"));
            case ".git a file" -> {
                delete(child.resolve(".git"));
                Git.write(child.resolve(".git"), "not a gitdir line\n");
            }
            case "folder gone" -> delete(child);
            default -> throw new IllegalArgumentException(how);
        }
    }

    @Test
    void noCommandKindRunsInTheEnclosingRepo() {
        for (String how : List.of("no .git", ".git a file", "folder gone")) {
            setUpAgain();
            breakChild(how);
            ProcessResult clean = ws.shoal("clean", "child", "--", "-fdx");
            assertEquals(1, clean.exitCode(), how + ": " + clean.stdout() + clean.stderr());
            assertTrue(Files.exists(parent.resolve("untracked.txt")), how + ": clean -fdx deleted the enclosing repo's files");
            assertTrue(clean.stdout().contains("=== child: skipped"), how + ": " + clean.stdout());

            ProcessResult toplevel = ws.shoal("super", "child", "--", "rev-parse", "--show-toplevel");
            assertEquals(1, toplevel.exitCode(), how + ": " + toplevel.stdout());
            assertFalse(toplevel.stdout().contains(parent.toString() + "\n"), how + ": git answered from the parent: " + toplevel.stdout());

            ProcessResult shell = ws.shoal("shell", "child", "--", "git", "rev-parse", "--show-toplevel");
            assertEquals(1, shell.exitCode(), how + ": " + shell.stdout());
            assertFalse(shell.stdout().contains(parent + "\n"), how + ": " + shell.stdout());

            ProcessResult sync = ws.shoal("sync", "child");
            assertEquals(1, sync.exitCode(), how + ": " + sync.stdout());
            assertTrue(sync.stdout().contains("=== child: skipped"), how + ": " + sync.stdout());
            assertEquals("one", ws.git().run(parent, "log", "-1", "--format=%s").strip(), how + ": the parent's branch moved");
        }
    }

    /** A .git removed after the check cannot send git up either: the repo's parent is a ceiling. */
    @Test
    void gitStartedInAFolderWithoutItsRepoCannotClimbToTheParent() {
        ProcessResult climbed = ws.shoal("shell", "child", "--", "sh", "-c", "rm -rf .git; git rev-parse --show-toplevel");
        assertEquals(1, climbed.exitCode(), climbed.stdout() + climbed.stderr());
        assertFalse(climbed.stdout().contains(parent + "\n"), climbed.stdout());
        assertTrue(climbed.stdout().contains("not a git repository"), climbed.stdout());
    }

    @Test
    void anInheritedGitDirDoesNotRedirectAnyRepo() {
        Path other = ws.repo("other");
        ws.git().commit(other, "o.txt", "o\n", "other's subject");
        ws.env().put("GIT_DIR", other.resolve(".git").toString());
        ws.env().put("GIT_WORK_TREE", other.toString());
        ws.env().put("GIT_INDEX_FILE", other.resolve(".git/index").toString());
        ProcessResult log = ws.shoal("super", "child", "--", "log", "-1", "--format=%s");
        assertEquals(0, log.exitCode(), log.stdout() + log.stderr());
        assertFalse(log.stdout().contains("other's subject"), log.stdout());
        String head = ws.git().run(other, "rev-parse", "HEAD");
        ProcessResult sync = ws.shoal("sync", "child");
        assertEquals(0, sync.exitCode(), sync.stdout() + sync.stderr());
        assertEquals(head, ws.git().run(other, "rev-parse", "HEAD"), "sync moved the GIT_DIR repo");
        ProcessResult ll = ws.shoal("ll", "child");
        assertFalse(ll.stdout().contains("other's subject"), ll.stdout());
    }

    @Test
    void aCommandThatWantsAnEditorFailsAtOnceWithAHint() {
        Path second = ws.repo("second");
        assertEquals(0, ws.shoal("add", second.toString()).exitCode());
        Git.write(child.resolve("new.txt"), "x\n");
        Git.write(second.resolve("new.txt"), "x\n");
        ws.git().run(child, "add", "new.txt");
        ws.git().run(second, "add", "new.txt");
        ProcessResult commit = ws.shoal("super", "child", "second", "--", "commit");
        assertEquals(1, commit.exitCode(), commit.stdout() + commit.stderr());
        assertTrue(commit.stdout().contains("shoal: no editor in a parallel run"), commit.stdout());
        assertFalse(commit.stdout().contains("\u001b"), "editor escape codes in a block: " + commit.stdout());
    }

    private void setUpAgain() {
        delete(ws.path("parent"));
        delete(ws.path("seed"));
        delete(ws.path("remotes"));
        assertEquals(0, ws.shoal("clear", "-y").exitCode());
        setUp(ws);
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
