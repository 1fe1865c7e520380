package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a TAB offers, the same in every shell: each shell's test drives its real completion for these
 * command lines. A line ending in a space completes a new, empty word.
 */
@ExtendWith(WorkspaceExtension.class)
abstract class ShellCompletionContract {
    CompletionWorld world;

    @BeforeEach
    void makeWorld(Workspace workspace) {
        world = new CompletionWorld(workspace);
    }

    /** The raw candidate lines the shell offers for {@code line}, with extra environment. */
    abstract List<String> offered(CompletionWorld world, String line, Map<String, String> env);

    List<String> complete(String line) {
        return CompletionWorld.words(offered(world, line, Map.of()));
    }

    private void assertOffers(String line, String... expected) {
        assertEquals(new TreeSet<>(List.of(expected)), new TreeSet<>(complete(line)), "TAB after '" + line + "'");
    }

    @Test
    void subcommandsByPrefix() {
        assertOffers("shoal gr", "group");
        assertOffers("shoal co", "color", "context", "completion");
    }

    @Test
    void everyVisibleSubcommandAtTheTop() {
        List<String> offered = complete("shoal ");
        assertTrue(offered.containsAll(List.of("add", "rm", "rename", "ls", "clear", "group", "context", "completion")), offered.toString());
        assertFalse(offered.contains("__train"), "hidden commands stay hidden: " + offered);
    }

    @Test
    void nestedSubcommands() {
        assertOffers("shoal group ", "add", "rmrepo", "rm", "rename", "ls", "ll");
        assertOffers("shoal --color never group r", "rmrepo", "rm", "rename");
    }

    @Test
    void repoNamesLessThoseTyped() {
        assertOffers("shoal rm ", "api", "site", "my lib", "web");
        assertOffers("shoal rm api ", "site", "my lib", "web");
        assertOffers("shoal rm api my\\ lib s", "site");
        assertOffers("shoal rm my\\ lib ", "api", "site", "web");
    }

    @Test
    void groupNamesWhereAGroupGoes() {
        assertOffers("shoal group rm ", "work", "backend");
        assertOffers("shoal add -g ", "work", "backend");
        assertOffers("shoal group add api -n w", "work");
    }

    @Test
    void contextTakesGroupsAutoAndNone() {
        assertOffers("shoal context ", "work", "backend", "auto", "none");
    }

    @Test
    void enumValuesOfOptionsAndPositions() {
        assertOffers("shoal --color ", "auto", "always", "never");
        assertOffers("shoal completion ", "bash", "zsh", "fish");
    }

    @Test
    void optionNames() {
        List<String> offered = complete("shoal add -");
        assertTrue(offered.containsAll(List.of("-r", "--recursive", "-g", "--group", "--color", "--help")), offered.toString());
        assertOffers("shoal clear --y", "--yes");
    }

    @Test
    void onlyFoldersAfterAdd() {
        assertOffers("shoal add re", "repos");
        assertOffers("shoal add repos/w", "repos/web");
    }

    @Test
    void eachPositionItsOwnKind() {
        assertOffers("shoal rename ", "api", "site", "my lib", "web");
        assertOffers("shoal rename api ");
        assertOffers("shoal group rename ", "work", "backend");
    }

    @Test
    void userDefinedCommandsWithTheirTargets() {
        world.addProgrammaticCommands();
        assertTrue(complete("shoal ").containsAll(List.of("hello", "super", "clone", "group")));
        assertOffers("shoal hel", "hello");
        assertOffers("shoal hello ", "api", "site", "my lib", "web", "work", "backend");
        assertOffers("shoal hello work ", "api", "site", "my lib", "web", "backend");
        assertOffers("shoal hello --l", "--loud");
    }

    @Test
    void superTakesTargetsThenDashesThenGit() {
        assertOffers("shoal super ", "api", "site", "my lib", "web", "work", "backend", "--");
        assertOffers("shoal super api ", "site", "my lib", "web", "work", "backend", "--");
        assertOffers("shoal super --output blocks api ", "site", "my lib", "web", "work", "backend", "--");
        List<String> offered = complete("shoal super api -- comm");
        assertTrue(offered.contains("commit"), offered.toString());
        assertTrue(offered.stream().allMatch(w -> w.startsWith("comm")), offered.toString());
    }

    @Test
    void shellTakesTargetsThenDashesThenPrograms() {
        assertOffers("shoal shell w", "web", "work");
        List<String> offered = complete("shoal shell web -- ech");
        assertTrue(offered.contains("echo"), offered.toString());
        assertFalse(offered.contains("web"), offered.toString());
    }

    @Test
    void afterADelegatedCommandsDashesNoTargets() {
        // What git's completion offers there instead is for GitCompletionTerminalTest, in a terminal.
        List<String> offered = complete("shoal st api -- ");
        assertFalse(offered.contains("api") || offered.contains("work"), offered.toString());
    }

    @Test
    void valuesAreSpelledAsTheParserTakesThem() {
        assertTrue(complete("shoal ll --only ").containsAll(List.of("no-upstream", "dirty", "clean")), complete("shoal ll --only ").toString());
        assertOffers("shoal ll --only no", "no-upstream");
        assertOffers("shoal st --only no", "no-upstream");
        assertOffers("shoal info add branch", "branch", "branch-name");
        assertOffers("shoal color set in", "in-sync");
        assertOffers("shoal color set ahead b_p", "b_purple");
    }

    @Test
    void filesAfterCloneDashF() {
        assertTrue(complete("shoal clone -f t").contains("team.yml"));
        assertOffers("shoal clone -f re", "readme.txt", "repos");
    }

    @Test
    void aRepoAddedAMomentBefore() throws IOException {
        world.workspace.git().init(world.workspace.path("fresh"));
        world.shoal("add", "fresh");
        assertOffers("shoal rm ", "api", "site", "my lib", "web", "fresh");
        world.shoal("group", "add", "fresh", "-n", "newgroup");
        assertTrue(complete("shoal context ").contains("newgroup"));
    }

    @Test
    void nothingWithoutAnIndex() throws IOException {
        deleteTree(world.workspace.configHome().resolve("completion"));
        assertEquals(List.of(), complete("shoal "));
        assertEquals(List.of(), complete("shoal rm "));
    }

    @Test
    void findsTheIndexWhereShoalKeepsItsConfig() throws IOException {
        Path xdg = world.workspace.path("xdg");
        Files.createDirectories(xdg);
        Files.move(world.workspace.configHome(), xdg.resolve("shoal"));
        List<String> expected = List.of("api", "my lib", "site", "web");
        assertEquals(expected, CompletionWorld.words(offered(world, "shoal rm ", Map.of("SHOAL_HOME", " ", "XDG_CONFIG_HOME", xdg.toString()))));
        Path home = Path.of(world.workspace.env().get("HOME"));
        Files.createDirectories(home.resolve(".config"));
        Files.move(xdg.resolve("shoal"), home.resolve(".config/shoal"));
        assertEquals(expected, CompletionWorld.words(offered(world, "shoal rm ", Map.of("SHOAL_HOME", "", "XDG_CONFIG_HOME", "relative/is/ignored"))));
    }

    @Test
    void aTabNeverStartsShoalOrJava() throws IOException {
        Path stubs = Files.createDirectories(world.workspace.path("stubs"));
        Path marker = world.workspace.path("started");
        for (String program : List.of("shoal", "java")) {
            Path stub = stubs.resolve(program);
            Files.writeString(stub, "#!/bin/sh\necho \"$0\" >> '" + marker + "'\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Map<String, String> env = Map.of("PATH", stubs + ":" + System.getenv("PATH"));
        for (String line : List.of("shoal ", "shoal rm ", "shoal context ", "shoal add -")) {
            assertFalse(offered(world, line, env).isEmpty(), line);
        }
        assertFalse(Files.exists(marker), "a TAB started: " + (Files.exists(marker) ? Files.readString(marker) : ""));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
