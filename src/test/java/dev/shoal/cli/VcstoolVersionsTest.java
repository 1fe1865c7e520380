package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitDir;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The versions of vcstool's {@code .repos} files, in the shapes of vcstool's own test manifest
 * ({@code test/list.repos}: a full hash, {@code tags/X}, {@code heads/X}, no version, tar and zip
 * entries) and the other spellings found in ROS workspaces, each checked out as {@code vcs import} does.
 */
@ExtendWith(WorkspaceExtension.class)
class VcstoolVersionsTest {
    Workspace ws;
    Git git;
    Path remote;
    String tagged;
    String first;

    /** One remote: main, a branch 0.2.x, a tag 0.1.27 on the first commit, a branch named like a tag. */
    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        git = ws.git();
        Path seed = ws.repo("seed");
        first = git.run(seed, "rev-parse", "HEAD").strip();
        git.run(seed, "tag", "0.1.27");
        git.commit(seed, "b.txt", "b\n", "on the maintenance branch");
        git.run(seed, "branch", "0.2.x");
        tagged = first;
        git.commit(seed, "c.txt", "c\n", "latest");
        remote = ws.remotesFrom(seed, "vcstool").resolve("vcstool.git");
        git.run(seed, "push", "-q", remote.toString(), "0.2.x", "0.1.27");
    }

    private Path reposFile(String text) throws IOException {
        Path file = ws.path("list.repos");
        Files.writeString(file, text.replace("@URL@", remote.toString()).replace("@HASH@", first)
                .replace("@SHORT@", first.substring(0, 7)));
        return file;
    }

    private static final String LIST = """
            repositories:
              immutable/hash:
                type: git
                url: @URL@
                version: @HASH@
              immutable/hash_tar:
                type: tar
                url: https://example.com/vcstool/archive/@HASH@.tar.gz
                version: vcstool-@HASH@
              immutable/short_hash:
                type: git
                url: @URL@
                version: @SHORT@
              immutable/tag:
                type: git
                url: @URL@
                version: tags/0.1.27
              immutable/plain_tag:
                type: git
                url: @URL@
                version: 0.1.27
              immutable/refs_tag:
                type: git
                url: @URL@
                version: refs/tags/0.1.27
              vcstool:
                type: git
                url: @URL@
                version: heads/0.2.x
              plain_branch:
                type: git
                url: @URL@
                version: 0.2.x
              refs_branch:
                type: git
                url: @URL@
                version: refs/heads/0.2.x
              without_version:
                type: git
                url: @URL@
            """;

    @Test
    void everyVersionSpellingIsCheckedOutAsVcsImportDoes() throws IOException {
        Path file = reposFile(LIST);
        Path dir = ws.path("ws");
        ProcessResult clone = ws.shoal("clone", "-f", file.toString(), "-C", dir.toString(), "--output", "blocks");
        assertEquals(1, clone.exitCode(), "the tar entry is not cloned: " + clone.stderr());
        assertTrue(clone.stderr().contains("immutable/hash_tar: type 'tar' is not supported"), clone.stderr());
        assertFalse(clone.stdout().contains("failed"), clone.stdout());

        for (String detached : new String[] {"immutable/hash", "immutable/short_hash", "immutable/tag", "immutable/plain_tag",
                "immutable/refs_tag"}) {
            assertEquals(Head.detachedAt(tagged), head(dir.resolve(detached)), detached + " is detached at the commit, as vcstool leaves it");
        }
        for (String branch : new String[] {"vcstool", "plain_branch", "refs_branch"}) {
            assertEquals(Head.onBranch("0.2.x"), head(dir.resolve(branch)), branch);
            assertEquals("origin/0.2.x", git.run(dir.resolve(branch), "rev-parse", "--abbrev-ref", "@{upstream}").strip(),
                    branch + " tracks the remote's branch, as after git clone -b");
        }
        assertEquals(Head.onBranch("main"), head(dir.resolve("without_version")), "no version: the remote's default");
    }

    @Test
    void thePlanCallsTagsTagsAndLeavesPlainVersionsToTheClone() throws IOException {
        ProcessResult plan = ws.shoal("clone", "-n", "-f", reposFile(LIST).toString(), "-C", ws.path("ws").toString());
        String out = plan.stdout();
        assertTrue(out.contains("tag 0.1.27") && !out.contains("branch 0.1.27"), out);
        assertTrue(out.contains("branch 0.2.x") && !out.contains("heads/"), out);
        assertTrue(out.contains("commit " + first.substring(0, 12)), out);
        assertTrue(out.contains("version " + first.substring(0, 7)), "a short id could be a branch too: " + out);
    }

    @Test
    void aVersionTheRemoteDoesNotHaveFailsThatRepoInWordsAndKeepsTheClone() throws IOException {
        Path file = reposFile("""
                repositories:
                  gone_branch: {type: git, url: @URL@, version: heads/0.3.x}
                  gone_tag: {type: git, url: @URL@, version: tags/9.9}
                """);
        Path dir = ws.path("ws");
        ProcessResult clone = ws.shoal("clone", "-f", file.toString(), "-C", dir.toString(), "--output", "blocks");
        assertEquals(1, clone.exitCode());
        assertTrue(clone.stdout().contains("but branch 0.3.x is not on origin; left on main"), clone.stdout());
        assertTrue(clone.stdout().contains("but cannot check out tag 9.9"), clone.stdout());
        assertEquals(Head.onBranch("main"), head(dir.resolve("gone_branch")));
    }

    @Test
    void anEmptyManifestSaysSo() throws IOException {
        for (String empty : new String[] {"repositories:\n", "", "repos: {}\n"}) {
            ProcessResult clone = ws.shoal("clone", "-f", reposFile(empty).toString(), "-C", ws.path("ws").toString());
            assertEquals(0, clone.exitCode(), clone.stderr());
            assertEquals("shoal: " + ws.path("list.repos") + ": the manifest lists no repos; nothing to clone\n", clone.stderr(),
                    "for '" + empty + "'");
        }
    }

    @Test
    void otherToolsFormatsAreNamed() throws IOException {
        // vcstool reads this rosinstall shape too (get_repos_in_rosinstall_format); shoal does not.
        Path rosinstall = ws.path("ws.rosinstall");
        Files.writeString(rosinstall, "- git:\n    local-name: vcstool\n    uri: " + remote + "\n    version: 0.2.x\n");
        ProcessResult result = ws.shoal("clone", "-f", rosinstall.toString());
        assertEquals(2, result.exitCode());
        assertEquals("shoal: " + rosinstall + ":1:1: this is a .rosinstall file (rosinstall and wstool's list of repos), "
                + "a format shoal does not read; it reads shoal manifests ('shoal freeze') and vcstool .repos files\n", result.stderr());

        Path west = ws.path("west.yml");
        Files.writeString(west, "manifest:\n  projects:\n    - name: zephyr\n");
        ProcessResult westResult = ws.shoal("clone", "-f", west.toString());
        assertEquals(2, westResult.exitCode());
        assertTrue(westResult.stderr().contains("this is a west manifest (west.yml), a format shoal does not read"), westResult.stderr());
    }

    private static Head head(Path repo) {
        return HeadFile.read(GitDir.of(repo).orElseThrow());
    }
}
