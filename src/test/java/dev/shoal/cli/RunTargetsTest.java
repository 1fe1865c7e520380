package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which repos super, shell and the delegated commands run in, and what the command is: targets never swallow it. */
@ExtendWith(WorkspaceExtension.class)
class RunTargetsTest {
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.registeredRepos("api", "site", "web");
        assertEquals(0, ws.shoal("group", "add", "site", "web", "-n", "front").exitCode());
    }

    private static List<String> headers(ProcessResult result) {
        return result.stdout().lines().filter(l -> l.startsWith("=== ")).map(l -> l.substring(4, l.indexOf(':'))).toList();
    }

    @Test
    void superWithTargetsBeforeTheDashes() {
        ProcessResult result = ws.shoal("super", "--order", "name", "api", "front", "--", "log", "-1", "--format=%s");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("api", "site", "web"), headers(result));
        result = ws.shoal("super", "api", "--", "log", "-1", "--format=%s");
        assertEquals(List.of("api"), headers(result));
        assertTrue(result.stdout().contains("\nfirst commit\n"), result.stdout());
    }

    @Test
    void superWithoutDashesRunsEverythingAsTheCommandInEveryRepo() {
        ProcessResult result = ws.shoal("super", "log", "-1", "--format=%s");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(3, headers(result).size());
    }

    @Test
    void gitasFormLeadingTargetsThenTheCommand() {
        ProcessResult result = ws.shoal("super", "--order", "name", "api", "front", "log", "-1", "--format=%s");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("api", "site", "web"), headers(result));
        result = ws.shoal("shell", "site", "touch", "ran");
        assertEquals(List.of("site"), headers(result));
        assertTrue(ws.path("src/site/ran").toFile().exists());
        assertTrue(!ws.path("src/api/ran").toFile().exists());
    }

    @Test
    void aNameThatIsAlsoAGitCommandOrAProgramAsksForTheDashes() {
        ws.repo("more/log");
        ws.repo("more/touch");
        assertEquals(0, ws.shoal("add", ws.path("more/log").toString(), ws.path("more/touch").toString()).exitCode());
        ProcessResult result = ws.shoal("super", "log", "-1");
        assertEquals(2, result.exitCode());
        assertEquals("shoal: super: 'log' is a repo or group and also a git command or alias; say which with --: "
                + "shoal super log -- COMMAND... runs in it, shoal super -- log -1 runs it\n", result.stderr());
        assertEquals("", result.stdout());
        result = ws.shoal("shell", "api", "touch", "x");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("'touch' is a repo or group and also a program on PATH"), result.stderr());
        ProcessResult piped = ws.shoal("shell", "touch", "ls | wc -l");
        assertTrue(piped.stderr().endsWith("shoal shell -- touch 'ls | wc -l' runs it\n"),
                "the hint keeps the quoting it needs to be pasted: " + piped.stderr());
        assertEquals(List.of("log"), headers(ws.shoal("super", "log", "--", "log", "-1")));
    }

    @Test
    void allWordsTargetsIsNoCommand() {
        ProcessResult result = ws.shoal("super", "api", "front");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("no command given"), result.stderr());
    }

    @Test
    void anUnknownTargetIsAnErrorAndNothingRuns() {
        ProcessResult result = ws.shoal("shell", "apj", "--", "touch", "ran");
        assertEquals(2, result.exitCode());
        assertEquals("shoal: no repo or group named 'apj'; did you mean api?\n", result.stderr());
        for (String name : List.of("api", "site", "web")) {
            assertTrue(!ws.path("src/" + name + "/ran").toFile().exists(), name);
        }
    }

    @Test
    void shoalOptionsComeBeforeTheCommandAndEverythingAfterIsTheCommands() {
        ProcessResult result = ws.shoal("shell", "--order", "name", "echo", "-j", "4", "--order", "x");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(3, result.stdout().split("\n-j 4 --order x\n", -1).length - 1, result.stdout());
    }

    @Test
    void aLeadingDashDashMeansNoTargetsEvenForAWordThatIsARepoName() {
        ProcessResult result = ws.shoal("shell", "--", "api", "x");
        // The command 'api' does not exist: each repo fails, but it ran in all three.
        assertEquals(1, result.exitCode());
        assertEquals(3, headers(result).size());
    }

    @Test
    void withDashesEveryWordBeforeThemIsShoalsInAnyOrder() {
        ProcessResult result = ws.shoal("super", "api", "--output", "json", "front", "--order", "name", "--", "log", "-1", "--format=%s");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(3, result.stdout().lines().filter(l -> l.startsWith("{")).count(), result.stdout());
        result = ws.shoal("super", "api", "--bogus", "--", "status");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("has no option --bogus"), result.stderr());
    }

    @Test
    void emptyCommandIsAUsageError() {
        ProcessResult result = ws.shoal("super", "api", "--");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("no command given"), result.stderr());
    }

    @Test
    void delegatedCommandsTakeTargetsThenArgumentsAfterDashes() {
        ProcessResult result = ws.shoal("last", "site", "--", "--format=%s");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("site"), headers(result));
        assertTrue(result.stdout().endsWith("\nfirst commit\n"), result.stdout());
    }

    @Test
    void delegatedCommandsWithoutAllowAllNeedTargets() {
        ProcessResult result = ws.shoal("clean");
        assertEquals(2, result.exitCode());
        assertEquals("shoal: clean needs the repos or groups to run in, by name: shoal clean REPO...\n", result.stderr());
        assertEquals(2, ws.shoal("st", "apj").exitCode());
    }

    @Test
    void noTargetsMeansTheContextGroup() {
        assertEquals(0, ws.shoal("context", "front").exitCode());
        assertEquals(List.of("site", "web"), headers(ws.shoal("st", "--order", "name")));
        assertEquals(List.of("site", "web"), headers(ws.shoal("super", "--order", "name", "status")));
    }

    @Test
    void flagsGoRightAfterGit() {
        ProcessResult set = ws.shoal("flags", "set", "api", "-c", "core.quotepath=false", "--no-pager");
        assertEquals(0, set.exitCode(), set.stderr());
        assertEquals("api: git -c core.quotepath=false --no-pager ...\n", set.stdout());
        assertEquals("api: -c core.quotepath=false --no-pager\n", ws.shoal("flags", "ls").stdout());
        ProcessResult json = ws.shoal("st", "api", "--output", "json");
        assertTrue(json.stdout().contains("\"argv\":[\"git\",\"-c\",\"core.quotepath=false\",\"--no-pager\",\"status\"]"),
                json.stdout());
        ProcessResult shell = ws.shoal("shell", "--output", "json", "api", "--", "git", "status");
        assertTrue(shell.stdout().contains("\"argv\":[\"git\",\"status\"]"), "not for shell commands: " + shell.stdout());
        assertEquals(0, ws.shoal("flags", "set", "api").exitCode());
        assertEquals("", ws.shoal("flags", "ls").stdout());
    }

    @Test
    void flagsMustBeOptions() {
        ProcessResult result = ws.shoal("flags", "set", "api", "status");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("start with '-'"), result.stderr());
    }
}
