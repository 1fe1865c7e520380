package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code shoal import gita} on a config made by gita 0.16.2 itself ({@code gita add}, {@code gita group add},
 * {@code gita context}, {@code gita flags set}, {@code gita info}, {@code gita color}), then shoal and gita
 * side by side on the same repos; and {@code shoal clone -f} on what {@code gita freeze} prints.
 */
@ExtendWith(WorkspaceExtension.class)
class GitaImportTest {
    private Workspace workspace;
    private Path gitaHome;

    @BeforeEach
    void aGitaUsersSetup(Workspace workspace) throws IOException {
        this.workspace = workspace;
        this.gitaHome = workspace.path("xdg/gita");
        Path remotes = workspace.remotesFrom(workspace.repo("seed"), "api", "site");
        Files.createDirectories(workspace.path("src"));
        for (String name : List.of("api", "site")) {
            workspace.git().clone(remotes.resolve(name + ".git"), workspace.path("src/" + name));
        }
        workspace.repo("src/web");
        workspace.git().bare(workspace.path("src/tools.git"));
        Git.write(workspace.path("src/site/README.md"), "changed, not committed\n");
        Path src = workspace.path("src");
        gita(src, "add", "api", "site", "web");
        gita(src, "add", "-b", "tools.git");
        gita(src, "group", "add", "api", "site", "-n", "work");
        gita(src, "group", "add", "web", "-n", "front", "-p", src.toString());
        gita(src, "context", "work");
        gita(src, "flags", "set", "api", "-c", "core.quotepath=false");
        gita(src, "info", "add", "path");
        gita(src, "color", "set", "local-ahead", "b_purple");
        Files.writeString(gitaHome.resolve("cmds.json"), """
                {"up": {"cmd": "pull --rebase", "help": "pull, rebasing", "allow_all": true},
                 "lg": {"cmd": "git log --oneline", "help": "short log", "disable_async": true},
                 "todo": {"cmd": "grep -rn TODO . | head -3", "help": "todos", "shell": true}}
                """);
    }

    @Test
    void everythingComesOverAndASecondImportIsANoOp() throws IOException {
        ProcessResult dryRun = workspace.shoal("import", "gita", "-n", gitaHome.toString());
        assertEquals(0, dryRun.exitCode(), dryRun.stderr());
        assertTrue(dryRun.stdout().contains("would make"), dryRun.stdout());
        assertTrue(!Files.exists(workspace.reposFile()), "a dry run wrote repos.yml");

        ProcessResult imported = workspace.shoal("import", "gita", gitaHome.toString());
        assertEquals(0, imported.exitCode(), imported.stderr());
        assertEquals(dryRun.stdout().lines().filter(l -> !l.startsWith("would make")).toList(),
                imported.stdout().lines().filter(l -> !l.startsWith("made ")).toList(), "the dry run's plan is what was done");
        String repos = workspace.readReposFile();
        assertTrue(repos.matches("(?s).*tools.git:\\s+path: \\S+tools.git\\s+bare: true.*"), repos);
        assertTrue(repos.contains("core.quotepath=false"), repos);
        assertTrue(workspace.shoal("context").stdout().contains("work"));
        assertTrue(workspace.shoal("up", "--help").stdout().contains("Runs: git pull --rebase"));
        assertTrue(workspace.shoal("lg", "--help").stdout().contains("terminal attached"));
        assertTrue(workspace.shoal("todo", "--help").stdout().contains("Runs: sh -c 'grep -rn TODO . | head -3'"));
        assertTrue(workspace.shoal("info").stdout().contains("path"));
        assertTrue(workspace.shoal("color").stdout().matches("(?s).*ahead\\s+b_purple.*"), workspace.shoal("color").stdout());

        String before = workspace.readReposFile();
        String commands = Files.readString(workspace.configHome().resolve("commands.yml"));
        ProcessResult again = workspace.shoal("import", "gita", gitaHome.toString());
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stdout().contains("nothing to import"), again.stdout());
        assertEquals(before, workspace.readReposFile());
        assertEquals(commands, Files.readString(workspace.configHome().resolve("commands.yml")));
    }

    @Test
    void shoalListsWhatGitaListsRepoByRepoAndGroupByGroup() {
        ProcessResult imported = workspace.shoal("import", "gita", gitaHome.toString());
        assertEquals(0, imported.exitCode(), imported.stderr());
        Path src = workspace.path("src");
        // Both in the context group "work", as gita ll and shoal ll each show it.
        Map<String, String> gitaLines = byName(gita(src, "ll", "-C").stdout());
        Map<String, String> shoalLines = byName(workspace.shoal("ll").stdout());
        assertEquals(gitaLines.keySet(), shoalLines.keySet());
        assertEquals(List.of("api", "site"), List.copyOf(shoalLines.keySet()));
        for (String name : gitaLines.keySet()) {
            String gitaLine = gitaLines.get(name);
            String shoalLine = shoalLines.get(name);
            String subject = workspace.git().run(src.resolve(name), "log", "-1", "--format=%s").strip();
            assertEquals(gitaLine.split("\\s+")[1], shoalLine.split("\\s+")[1], "branch of " + name);
            assertTrue(gitaLine.contains(subject) && shoalLine.contains(subject), gitaLine + "\n" + shoalLine);
            assertTrue(gitaLine.contains(src.resolve(name).toString()) && shoalLine.endsWith(src.resolve(name).toString()),
                    gitaLine + "\n" + shoalLine);
        }

        gita(src, "context", "none");
        workspace.shoal("context", "none");
        assertEquals(groups(gita(src, "ll", "-g", "-C").stdout()), groups(workspace.shoal("ll", "-g").stdout()));
    }

    @Test
    void cloneReadsWhatGitaFreezePrints() throws IOException {
        Path frozen = workspace.path("frozen.csv");
        String csv = gita(workspace.path("src"), "freeze").stdout();
        assertEquals(2, csv.lines().count(), csv);
        Files.writeString(frozen, csv);
        ProcessResult cloned = workspace.shoal("clone", "-f", frozen.toString(), "-C", workspace.path("copy").toString());
        assertEquals(0, cloned.exitCode(), cloned.stdout() + cloned.stderr());
        for (String name : List.of("api", "site")) {
            assertTrue(Files.isDirectory(workspace.path("copy/" + name + "/.git")), cloned.stdout());
        }
        assertEquals(List.of("api", "site"), workspace.shoal("ls").lines());

        Files.writeString(frozen, "https://example.com/x.git,x,\n");
        ProcessResult broken = workspace.shoal("clone", "-n", "-f", frozen.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.stderr().contains("frozen.csv:1:1: a gita freeze line is URL,NAME,PATH[,FLAGS]"), broken.stderr());
    }

    /** Runs the real gita with its config in the test's folder. */
    private ProcessResult gita(Path dir, String... args) {
        Map<String, String> env = new HashMap<>(workspace.env());
        env.put("XDG_CONFIG_HOME", workspace.path("xdg").toString());
        List<String> command = new ArrayList<>(List.of("gita"));
        command.addAll(List.of(args));
        ProcessResult result = ProcessResult.run(command, dir, env);
        assertEquals(0, result.exitCode(), "gita " + String.join(" ", args) + ": " + result.stderr());
        return result;
    }

    /** ll lines by repo name (the first word). */
    private static Map<String, String> byName(String ll) {
        Map<String, String> lines = new LinkedHashMap<>();
        ll.lines().filter(l -> !l.isBlank()).forEach(l -> lines.put(l.strip().split("\\s+")[0], l.strip()));
        return lines;
    }

    /** {@code ll -g}: each group's repo names, in order ({@code "(in no group)"}, which gita has not, left out). */
    private static Map<String, List<String>> groups(String ll) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : ll.lines().toList()) {
            if (line.endsWith(":") && !line.startsWith(" ")) {
                current = line.startsWith("(") ? null : groups.computeIfAbsent(line.substring(0, line.length() - 1), g -> new ArrayList<>());
            } else if (current != null && !line.isBlank()) {
                current.add(line.strip().split("\\s+")[0]);
            }
        }
        return groups;
    }
}
