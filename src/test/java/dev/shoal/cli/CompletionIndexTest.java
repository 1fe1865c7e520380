package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The completion index every shoal run keeps in step with the registry, the commands and shoal itself. */
@ExtendWith(WorkspaceExtension.class)
class CompletionIndexTest {
    private Path index(Workspace workspace, String file) {
        return workspace.configHome().resolve("completion").resolve(file);
    }

    private List<String> lines(Workspace workspace, String file) throws IOException {
        return Files.readAllLines(index(workspace, file));
    }

    @Test
    void theFirstRunWritesIt(Workspace workspace) throws IOException {
                assertEquals(0, workspace.shoal("--version").exitCode());
        List<String> index = lines(workspace, "index");
        assertTrue(index.getFirst().startsWith("#shoal-completion 1 repos.yml=- commands.yml=- settings.yml=- "), index.getFirst());
        assertEquals(List.of(), lines(workspace, "repos"));
        assertEquals(List.of(), lines(workspace, "groups"));
        assertTrue(lines(workspace, "git").containsAll(List.of("commit", "push", "status")));
    }

    @Test
    void theCommandTableComesFromTheCommands(Workspace workspace) throws IOException {
                workspace.shoal("--version");
        List<String> index = lines(workspace, "index");
        assertTrue(index.contains("cmd\tshoal\tadd\tRegister repos: work trees, linked worktrees, submodules, and bare repos with -b."));
        assertTrue(index.contains("cmd\tshoal group\trmrepo\tTake repos out of a group."));
        assertTrue(index.contains("opt\tshoal add\t-g --group\t@group\tAlso put the repos in GROUP (made if new)."));
        assertTrue(index.contains("opt\tshoal clear\t-y --yes\t@flag\tDo not ask for confirmation."));
        assertTrue(index.contains("opt\tshoal\t--color\tauto always never\tColor output: auto (on a terminal, unless NO_COLOR is set), always or never."));
        assertTrue(index.contains("arg\tshoal add\t0\t*\t@dir"));
        assertTrue(index.contains("arg\tshoal context\t0\t0\t@group auto none"));
        assertTrue(index.contains("arg\tshoal rename\t0\t0\t@repo"));
        assertTrue(index.contains("arg\tshoal rename\t1\t1\t@text"));
        assertTrue(index.contains("arg\tshoal completion\t0\t0\tbash zsh fish"));
        assertFalse(index.stream().anyMatch(line -> line.contains("__train")), "hidden commands are left out");
        // Where each command's lines are: `at PATH FIRST COUNT`, counted after the at lines.
        int table = (int) index.stream().filter(line -> line.startsWith("at\t")).count() + 1;
        String at = index.stream().filter(line -> line.startsWith("at\tshoal group add\t")).findFirst().orElseThrow();
        int first = Integer.parseInt(at.split("\t")[2]);
        int count = Integer.parseInt(at.split("\t")[3]);
        List<String> block = index.subList(table + first, table + first + count);
        assertTrue(block.stream().allMatch(line -> line.split("\t")[1].equals("shoal group add")), block.toString());
        assertTrue(block.contains("arg\tshoal group add\t0\t*\t@repo"), block.toString());
    }

    @Test
    void programmaticCommandsAreInIt(Workspace workspace) throws IOException {
        CompletionWorld world = new CompletionWorld(workspace);
        world.addProgrammaticCommands();
        List<String> index = lines(world.workspace, "index");
        assertTrue(index.contains("cmd\tshoal\thello\tSay hello in each repo."), index.toString());
        assertTrue(index.contains("opt\tshoal hello\t-l --loud\t@flag\tShout."));
        assertTrue(index.contains("arg\tshoal super\t0\t*\t@target @git"), index.toString());
        assertTrue(index.contains("arg\tshoal clone\t0\t0\t@file"), index.toString());
    }

    @Test
    void aRunThatChangesTheRegistryUpdatesItAtOnce(Workspace workspace) throws IOException {
        CompletionWorld world = new CompletionWorld(workspace);
        assertEquals(List.of("api", "my lib", "site", "web"), lines(world.workspace, "repos"));
        assertEquals(List.of("backend", "work"), lines(world.workspace, "groups"));
        world.shoal("rename", "web", "www");
        world.shoal("group", "rm", "backend");
        assertEquals(List.of("api", "my lib", "site", "www"), lines(world.workspace, "repos"));
        assertEquals(List.of("work"), lines(world.workspace, "groups"));
        assertEquals(List.of("api\t" + world.workspace.path("repos/api"), "my lib\t" + world.workspace.path("repos/my lib"),
                "site\t" + world.workspace.path("repos/site"), "www\t" + world.workspace.path("repos/web")), lines(world.workspace, "paths"));
    }

    @Test
    void gitCommandsSayTheirGitWords(Workspace workspace) throws IOException {
        Files.createDirectories(workspace.configHome());
        Files.writeString(workspace.configHome().resolve("commands.yml"), String.join("\n",
                "co: {cmd: git -c color.ui=never checkout, help: check out}",
                "sneaky: {cmd: [git, -c, 'x.y=a;touch pwned;true', --git-dir=/elsewhere, log], help: global options}",
                "todo: {cmd: 'git grep TODO', shell: true, help: a script}",
                "mk: {cmd: make test, help: not git}",
                "tabbed: {cmd: [git, \"log\\t\"], help: a word with a tab}", ""));
        workspace.shoal("--version");
        List<String> runs = lines(workspace, "index").stream().filter(line -> line.startsWith("runs\t")).toList();
        // git's own options before the subcommand are left out: fish's git completion evaluates them.
        assertTrue(runs.contains("runs\tshoal co\tgit\tcheckout"), runs.toString());
        assertTrue(runs.contains("runs\tshoal sneaky\tgit\tlog"), runs.toString());
        assertTrue(runs.contains("runs\tshoal lo\tgit\tlog\t--oneline\t-7"), runs.toString());
        assertFalse(runs.stream().anyMatch(line -> line.matches("runs\tshoal (todo|mk|tabbed|super)\t.*")), runs.toString());
    }

    @Test
    void handEditsArePickedUpByTheNextRun(Workspace workspace) throws IOException {
                workspace.shoal("--version");
        Files.writeString(workspace.reposFile(), "repos:\n  typed-by-hand:\n    path: " + workspace.path("elsewhere") + "\n");
        workspace.shoal("--version");
        assertEquals(List.of("typed-by-hand"), lines(workspace, "repos"));
    }

    @Test
    void nothingIsRewrittenWhenNothingChanged(Workspace workspace) throws IOException {
        CompletionWorld world = new CompletionWorld(workspace);
        Map<String, Object> before = identities(world.workspace);
        world.shoal("--version");
        world.shoal("ls");
        assertEquals(before, identities(world.workspace), "an atomic rewrite would give each file a new inode");

        world.workspace.git().init(world.workspace.path("fresh"));
        world.shoal("add", "fresh");
        Map<String, Object> after = identities(world.workspace);
        assertNotEquals(before.get("index"), after.get("index"));
        assertNotEquals(before.get("repos"), after.get("repos"));
        assertEquals(before.get("groups"), after.get("groups"), "unchanged lists are left as they are");
        assertEquals(before.get("git"), after.get("git"));
    }

    @Test
    void aRegistryThatDoesNotParseLeavesTheIndexAsItWas(Workspace workspace) throws IOException {
        CompletionWorld world = new CompletionWorld(workspace);
        Files.writeString(world.workspace.reposFile(), "repos: [not, a, mapping\n");
        ProcessResult result = world.workspace.shoal("ls");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("shoal: "), result.stderr());
        assertEquals(1, result.stderr().lines().count(), "the command's error only: " + result.stderr());
        assertEquals(List.of("api", "my lib", "site", "web"), lines(world.workspace, "repos"));
    }

    private Map<String, Object> identities(Workspace workspace) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        for (String file : List.of("index", "repos", "groups", "git")) {
            keys.put(file, Files.readAttributes(index(workspace, file), BasicFileAttributes.class).fileKey());
        }
        return keys;
    }
}
