package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zsh: a real interactive zsh in a pseudo-terminal (zsh/zpty) with compinit and {@code _shoal} on its
 * fpath, typing the line and TAB; src/test/resources/.../zsh-complete.zsh records what it offers.
 */
class ZshCompletionTest extends ShellCompletionContract {
    @TempDir
    static Path compinitCache;

    @Override
    List<String> offered(CompletionWorld world, String line, Map<String, String> env) {
        Path script = world.script("zsh");
        Map<String, String> withTerminal = new HashMap<>(env);
        withTerminal.put("TERM", "xterm");
        ProcessResult result = world.run(List.of("zsh", "-f", harness(world).toString(), script.getParent().toString(),
                compinitCache.resolve("zcompdump").toString(), line),
                withTerminal);
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr());
        return result.lines();
    }

    private static Path harness(CompletionWorld world) {
        Path file = world.workspace.path("scripts/zsh-complete.zsh");
        try (InputStream in = ZshCompletionTest.class.getResourceAsStream("/dev/shoal/completion/zsh-complete.zsh")) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void subcommandsComeWithTheirHelp() {
        List<String> lines = offered(world, "shoal gr", Map.of());
        assertEquals(List.of("group -- Manage groups of repos."), lines);
    }

    @Test
    void valueAfterAnEqualsSign() {
        assertEquals(List.of("--color=never"), complete("shoal --color=n"));
    }

    @Test
    void gitArgumentsCompleteAsGitsOwn() {
        // Not in `api`: git's completion offers --amend only where there is a commit to amend.
        List<String> offered = complete("shoal super -- commit --am");
        assertTrue(offered.contains("--amend"), offered.toString());
    }
}
