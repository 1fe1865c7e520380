package dev.shoal.git;

import dev.shoal.run.GitReader;
import dev.shoal.run.OsLauncher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Fleet;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test: a fleet of real repos in every state, each read by {@link RepoStateReader} and
 * field by field compared with what git's own commands say (symbolic-ref, config, rev-list --count,
 * status, stash list, log). The expectations are derived by other git commands than the reader runs.
 */
class RepoStateReaderTest {
    private static final List<String> UNMERGED = List.of("DD", "AU", "UD", "UA", "DU", "AA", "UU");

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Fleet fleet;
    static Map<String, RepoState> states = new LinkedHashMap<>();

    @BeforeAll
    static void readTheFleet() throws InterruptedException, IOException {
        workspace = new Workspace(temp.toRealPath());
        fleet = Fleet.everything(workspace);
        List<Fleet.Member> members = List.copyOf(fleet.members().values());
        List<RepoState> read = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, workspace.env()), 4)
                .readAll(members.stream().map(m -> new RepoLocation(m.path(), m.bare(), List.of())).toList());
        for (int i = 0; i < members.size(); i++) {
            states.put(members.get(i).name(), read.get(i));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReadableRepoMatchesWhatGitSays() {
        return fleet.members().values().stream()
                .filter(m -> !List.of("vanished", "not-a-repo", "corrupt").contains(m.name()))
                .map(m -> DynamicTest.dynamicTest(m.name(), () -> assertEquals(expected(m), states.get(m.name()), m.name())));
    }

    @Test
    void theFleetCoversEveryState() {
        assertEquals(Tracking.AHEAD, state("ahead-empty").tracking(), "a commit that changes no file is still ahead");
        assertEquals(1, state("ahead-empty").ahead());
        assertEquals(Tracking.BEHIND, state("behind").tracking());
        assertEquals(Tracking.DIVERGED, state("diverged").tracking());
        assertEquals(List.of(1, 2), List.of(state("diverged").ahead(), state("diverged").behind()));
        assertEquals(Tracking.IN_SYNC, state("clean").tracking());
        assertEquals(Tracking.NO_UPSTREAM, state("no-upstream").tracking());
        assertEquals(Tracking.GONE, state("gone").tracking());
        assertEquals(new Changes(1, 0, 0, 0, 0), state("staged").changes());
        assertEquals(new Changes(0, 1, 0, 0, 0), state("unstaged").changes());
        assertEquals(new Changes(0, 0, 2, 0, 0), state("untracked").changes(), "a new folder counts once, as git lists it");
        assertEquals(new Changes(0, 0, 0, 0, 2), state("stash").changes());
        assertEquals(new Changes(1, 2, 1, 0, 1), state("everything").changes());
        assertEquals(1, state("merge").changes().conflicts());
        assertEquals(Optional.of(Operation.MERGE), state("merge").operation());
        assertEquals(Optional.of(Operation.REBASE), state("rebase").operation());
        assertEquals(Optional.of(Operation.CHERRY_PICK), state("cherry-pick").operation());
        assertEquals(Optional.of(Operation.BISECT), state("bisect").operation());
        assertEquals(Optional.of("v1.0"), state("detached-tag").detachedAt());
        assertEquals(Optional.of("light"), state("detached-light").detachedAt());
        assertEquals(7, state("detached-sha").detachedAt().orElseThrow().length());
        assertTrue(state("unborn").unborn());
        assertEquals(Optional.of("linked-branch"), state("linked").branch());
        assertEquals(1, state("linked").changes().staged());
        assertEquals("separate git dir", subject("separate"));
        assertEquals(1, state("sub").changes().unstaged());
        assertEquals(1, state("sparse").changes().unstaged());
        assertEquals("a sha-256 commit", subject("sha256"));
        assertTrue(state("bare").bare());
        assertEquals(Tracking.BEHIND, state("bare-tracking").tracking());
        assertEquals("fourth commit: ünïcode subject", subject("clean"));
        assertEquals("third commit", subject("detached-sha"), "the subject is the first paragraph only");
    }

    @Test
    void commitsAreReadFromPacksAndAlternatesToo() {
        Path packed = fleet.member("packed").path().resolve(".git/objects");
        String head = state("packed").lastCommit().orElseThrow().id();
        assertFalse(Files.exists(packed.resolve(head.substring(0, 2)).resolve(head.substring(2))), "the commit is packed");
        assertEquals("fourth commit: ünïcode subject", subject("packed"));
        assertTrue(Files.exists(fleet.member("shared").path().resolve(".git/objects/info/alternates")));
        assertEquals("fourth commit: ünïcode subject", subject("shared"));
    }

    @Test
    void unreadableReposSayWhyAndNothingElse() {
        RepoState vanished = state("vanished");
        assertEquals(RepoState.Health.MISSING, vanished.health());
        assertTrue(vanished.problem().orElseThrow().contains("no longer exists"), vanished.problem().orElseThrow());
        RepoState notARepo = state("not-a-repo");
        assertEquals(RepoState.Health.BROKEN, notARepo.health());
        assertTrue(notARepo.problem().orElseThrow().contains("not a git repository"), notARepo.problem().orElseThrow());
        RepoState corrupt = state("corrupt");
        assertEquals(RepoState.Health.BROKEN, corrupt.health());
        assertTrue(corrupt.problem().orElseThrow().startsWith("fatal:"), "git's own words: " + corrupt.problem());
        assertTrue(corrupt.branch().isEmpty() && corrupt.lastCommit().isEmpty());
    }

    @Test
    void aRepoInsideAnotherIsNeverReadAsItsParent() throws InterruptedException {
        Path plain = workspace.repo("outer").resolve("plain-folder");
        Git.write(plain.resolve("f.txt"), "inside a repo, but not one\n");
        RepoState state = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, workspace.env()), 1).read(new RepoLocation(plain, false, List.of()));
        assertEquals(RepoState.Health.BROKEN, state.health());
    }

    @Test
    void registeredFlagsGoRightAfterGit() throws InterruptedException {
        Path gitDir = workspace.path("gitdirs/separate.git");
        Path elsewhere = workspace.path("repos/separate");
        RepoState viaFlags = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, workspace.env()), 1)
                .read(new RepoLocation(elsewhere, false, List.of("--git-dir=" + gitDir, "--work-tree=" + elsewhere)));
        assertEquals(state("separate"), viaFlags);
        RepoState badFlag = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, workspace.env()), 1)
                .read(new RepoLocation(fleet.member("clean").path(), false, List.of("--no-such-flag")));
        assertEquals(RepoState.Health.BROKEN, badFlag.health(), "git rejected the flag: " + badFlag.problem());
    }

    private static RepoState state(String name) {
        return states.get(name);
    }

    private static String subject(String name) {
        return state(name).lastCommit().orElseThrow().subject();
    }

    /** What git's commands say about a member, as the state the reader should have read. */
    private static RepoState expected(Fleet.Member member) {
        Path dir = member.path();
        Optional<String> branch = ok(dir, "symbolic-ref", "--short", "-q", "HEAD").map(String::strip);
        Optional<String> head = ok(dir, "rev-parse", "-q", "--verify", "HEAD").map(String::strip);
        Optional<String> detachedAt = branch.isPresent() || head.isEmpty() ? Optional.empty()
                : ok(dir, "describe", "--tags", "--exact-match", "HEAD").map(String::strip)
                        .or(() -> Optional.of(head.get().substring(0, 7)));
        Optional<String> upstream = Optional.empty();
        Tracking tracking = Tracking.NO_UPSTREAM;
        int ahead = 0;
        int behind = 0;
        if (branch.isPresent()) {
            Optional<String> remote = ok(dir, "config", "branch." + branch.get() + ".remote").map(String::strip);
            Optional<String> merge = ok(dir, "config", "branch." + branch.get() + ".merge").map(String::strip);
            if (remote.isPresent() && merge.isPresent()) {
                String name = merge.get().replaceFirst("^refs/heads/", "");
                upstream = Optional.of(remote.get() + "/" + name);
                String ref = "refs/remotes/" + remote.get() + "/" + name;
                if (ok(dir, "rev-parse", "-q", "--verify", ref).isEmpty()) {
                    tracking = Tracking.GONE;
                } else {
                    ahead = Integer.parseInt(ok(dir, "rev-list", "--count", ref + "..HEAD").orElseThrow().strip());
                    behind = Integer.parseInt(ok(dir, "rev-list", "--count", "HEAD.." + ref).orElseThrow().strip());
                    tracking = ahead > 0 && behind > 0 ? Tracking.DIVERGED
                            : ahead > 0 ? Tracking.AHEAD : behind > 0 ? Tracking.BEHIND : Tracking.IN_SYNC;
                }
            }
        }
        Changes changes = member.bare() ? Changes.NONE : changes(dir);
        Optional<Operation> operation = member.bare() ? Optional.empty() : operation(dir);
        Optional<LastCommit> commit = head.map(id -> {
            String[] fields = ok(dir, "log", "-1", "--format=%H%x00%s%x00%an%x00%ct", id).orElseThrow().strip().split("\0");
            return new LastCommit(fields[0], fields[1], fields[2], Optional.of(Instant.ofEpochSecond(Long.parseLong(fields[3]))));
        });
        return new RepoState(dir, RepoState.Health.OK, Optional.empty(), member.bare(), branch, detachedAt,
                head.isEmpty(), upstream, tracking, ahead, behind, changes, operation, commit);
    }

    /** Counts from the other porcelain format, v1, and from {@code git stash list}. */
    private static Changes changes(Path dir) {
        int staged = 0;
        int unstaged = 0;
        int untracked = 0;
        int conflicts = 0;
        for (String line : ok(dir, "status", "--porcelain").orElseThrow().lines().toList()) {
            String xy = line.substring(0, 2);
            if (xy.equals("??")) {
                untracked++;
            } else if (UNMERGED.contains(xy)) {
                conflicts++;
            } else {
                staged += xy.charAt(0) != ' ' ? 1 : 0;
                unstaged += xy.charAt(1) != ' ' ? 1 : 0;
            }
        }
        int stashes = (int) ok(dir, "stash", "list").orElseThrow().lines().count();
        return new Changes(staged, unstaged, untracked, conflicts, stashes);
    }

    /** What the long {@code git status} says is in progress. */
    private static Optional<Operation> operation(Path dir) {
        String status = ok(dir, "status").orElseThrow();
        if (status.contains("You are currently rebasing") || status.contains("rebase in progress")) {
            return Optional.of(Operation.REBASE);
        }
        if (status.contains("git merge --abort") || status.contains("still merging")) {
            return Optional.of(Operation.MERGE);
        }
        if (status.contains("You are currently cherry-picking")) {
            return Optional.of(Operation.CHERRY_PICK);
        }
        if (status.contains("You are currently reverting")) {
            return Optional.of(Operation.REVERT);
        }
        if (status.contains("You are currently bisecting")) {
            return Optional.of(Operation.BISECT);
        }
        return Optional.empty();
    }

    private static Optional<String> ok(Path dir, String... args) {
        ProcessResult result = workspace.git().tryRun(dir, args);
        return result.exitCode() == 0 ? Optional.of(result.stdout()) : Optional.empty();
    }
}
