package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fish: its own completion entry point, {@code complete -C LINE}, after sourcing the script. */
class FishCompletionTest extends ShellCompletionContract {

    @Override
    List<String> offered(CompletionWorld world, String line, Map<String, String> env) {
        Path script = world.script("fish");
        // A config of its own (not --no-config, which also turns off fish's completions for git).
        Map<String, String> isolated = new HashMap<>(env);
        isolated.putIfAbsent("XDG_CONFIG_HOME", world.workspace.path("fish/config").toString());
        isolated.put("XDG_DATA_HOME", world.workspace.path("fish/data").toString());
        ProcessResult result = world.run(List.of("fish", "-c", "source $argv[1]; complete -C -- $argv[2]",
                script.toString(), line), isolated);
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr());
        return result.lines();
    }

    @Test
    void subcommandsAndOptionsComeWithTheirHelp() {
        List<String> lines = offered(world, "shoal ", Map.of());
        assertTrue(lines.contains("group\tManage groups of repos."), lines.toString());
        assertTrue(offered(world, "shoal clear -", Map.of()).contains("--yes\tDo not ask for confirmation."));
        assertTrue(offered(world, "shoal rm a", Map.of()).contains("api\trepo"));
    }

    @Test
    void valueAfterAnEqualsSign() {
        assertEquals(List.of("--color=never"), complete("shoal --color=n"));
    }
}
