package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.config.ShippedCommands;
import dev.shoal.git.StatusParser;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(WorkspaceExtension.class)
class TrainCommandTest {
    /**
     * The launcher trains once per build and family; a training must print nothing and leave no temp
     * folder behind. Nor does it remake the completion index in the config home it was given, as other runs
     * do: that would put every command into the cache of the starts that build none.
     */
    @ParameterizedTest
    @ValueSource(strings = {TrainCommand.VERSION, TrainCommand.HELP, "ll", TrainCommand.GIT})
    void trainingIsQuietAndLeavesNothingBehind(String family, Workspace workspace) throws IOException {
        Path tmp = Files.createDirectories(workspace.path("tmp"));
        ProcessResult result = train(workspace, family, "-Djava.io.tmpdir=" + tmp);
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stdout());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(Files.exists(workspace.configHome().resolve("completion")), "no completion index in the given home");
        assertFalse(Files.exists(workspace.configHome().resolve("training-world")), "the throwaway world is gone");
    }

    /** A folder of the throwaway world's name that the training did not make is not its to delete. */
    @Test
    void aFolderOfTheWorldsNameIsLeftAlone(Workspace workspace) throws IOException {
        Path mine = Files.createDirectories(workspace.configHome().resolve("training-world")).resolve("mine.txt");
        Files.writeString(mine, "the user's");
        ProcessResult result = train(workspace, "ll");
        assertEquals(2, result.exitCode(), "the training does not run: " + result.stdout());
        assertEquals("shoal: " + mine.getParent() + " is there already, and the training would delete it: move it away\n",
                result.stderr());
        assertEquals("the user's", Files.readString(mine));
    }

    /**
     * What a family's training loads is what its cache holds, and every start of the family loads all of
     * it: the training of ll runs ll on a repo and not the other commands, nor the whole model, which a stale
     * completion index would be remade from in a user's run; that of git runs the commands of commands.yml;
     * that of --version builds no command, shows no help and reads no YAML, as help does all three, and
     * both check the completion index as every start does after its output; the commands' trainings ask
     * about the terminal as a start does. The training's repo is registered by a JVM of its own, so the
     * families whose commands never write the registry hold neither the YAML writer nor add, nor the
     * rewrite of the completion index that follows a change of the registry; rm's, which writes it, holds them.
     */
    @Test
    void eachFamilyLoadsItsOwnCommandsAndNotTheOthers(Workspace workspace) throws IOException {
        Map<String, Set<String>> commands = new HashMap<>();
        for (String family : List.of("ll", TrainCommand.GIT, TrainCommand.VERSION, TrainCommand.HELP, "rm")) {
            Path log = workspace.path(family + "-classes.log");
            ProcessResult result = train(workspace, family, "-Xlog:class+load=info:file=" + log);
            assertEquals(0, result.exitCode(), result.stderr());
            commands.put(family, Files.readAllLines(log).stream()
                    .map(line -> line.replaceAll(".*\\] (\\S+) source:.*", "$1"))
                    .filter(name -> name.startsWith("dev.shoal.") || name.startsWith("picocli.") || name.startsWith("org.snakeyaml."))
                    .collect(Collectors.toSet()));
        }
        // The world was made and read: ll parsed git's status of a repo with changes, ahead of its upstream.
        assertTrue(commands.get("ll").contains(StatusParser.class.getName()), commands.get("ll").toString());
        assertTrue(commands.get("ll").contains(LlCommand.class.getName()), commands.get("ll").toString());
        assertFalse(commands.get("ll").contains(DelegatedCommand.class.getName()), commands.get("ll").toString());
        assertFalse(commands.get("ll").contains(CloneCommand.class.getName()), commands.get("ll").toString());
        assertTrue(commands.get(TrainCommand.GIT).contains(DelegatedCommand.class.getName()), commands.get(TrainCommand.GIT).toString());
        assertFalse(commands.get(TrainCommand.GIT).contains(LlCommand.class.getName()), commands.get(TrainCommand.GIT).toString());
        List<String> registryWriting = List.of("dev.shoal.files.YamlWriter", AddCommand.class.getName(),
                "dev.shoal.completion.CommandTable");
        for (String written : registryWriting) {
            assertFalse(commands.get("ll").contains(written), written + " in " + commands.get("ll"));
            assertFalse(commands.get(TrainCommand.GIT).contains(written), written + " in " + commands.get(TrainCommand.GIT));
            assertTrue(commands.get("rm").contains(written), written + " in " + commands.get("rm"));
        }
        for (String start : List.of(TrainCommand.VERSION, TrainCommand.HELP)) {
            assertTrue(commands.get(start).contains(CompletionRefresh.class.getName()), start + ": " + commands.get(start));
        }
        // A command asks whether its output is a terminal, which the training's own runs are told: the
        // training asks as well, both ways (the C calls on JDK 22+), and the starts that build no command do not.
        List<String> terminalClasses = new ArrayList<>(List.of("dev.shoal.ui.NativeTerminal"));
        if (Runtime.version().feature() >= 22 && System.getProperty("os.name").equals("Linux")) {
            terminalClasses.add("dev.shoal.ui.PosixTerminalCalls");
        }
        for (String terminalClass : terminalClasses) {
            assertTrue(commands.get("ll").contains(terminalClass), terminalClass + " in " + commands.get("ll"));
            assertTrue(commands.get(TrainCommand.GIT).contains(terminalClass), terminalClass + " in " + commands.get(TrainCommand.GIT));
            assertFalse(commands.get(TrainCommand.VERSION).contains(terminalClass), terminalClass + " in " + commands.get(TrainCommand.VERSION));
        }
        for (String helpOnly : List.of(LlCommand.class.getName(), "picocli.CommandLine$Help$TextTable", ShippedCommands.class.getName())) {
            assertTrue(commands.get(TrainCommand.HELP).contains(helpOnly), helpOnly + " in " + commands.get(TrainCommand.HELP));
            assertFalse(commands.get(TrainCommand.VERSION).contains(helpOnly), helpOnly + " in " + commands.get(TrainCommand.VERSION));
        }
    }

    /** {@code shoal __train FAMILY} with JVM flags, as the launcher runs it, in the workspace's config home. */
    private static ProcessResult train(Workspace workspace, String family, String... jvmFlags) {
        List<String> command = new ArrayList<>(Workspace.shoalCommand("__train", family));
        command.addAll(1, List.of(jvmFlags));
        return ProcessResult.run(command, workspace.root(), workspace.env());
    }
}
