package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder a run's questions pass through, made on real files: under the runtime folder, a new one per
 * run that only the user may open, named for this process, and gone when the run ends. (PasswordOnceTest
 * asks through it on a real terminal.)
 */
class PromptChannelTest {
    @Test
    void eachRunGetsAFolderOfItsOwnThatOnlyTheUserMayOpen(@TempDir Path runtime) throws Exception {
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", runtime.toString());
        Path first;
        try (PromptChannel channel = PromptChannel.open(env); PromptChannel second = PromptChannel.open(env)) {
            first = folder(channel, env);
            Path other = folder(second, env);
            assertEquals(runtime, first.getParent());
            assertNotEquals(first, other, "two runs, two folders");
            assertTrue(first.getFileName().toString().startsWith("shoal-prompts-" + ProcessHandle.current().pid() + "-"),
                    first.toString());
            assertTrue(Files.isDirectory(first, LinkOption.NOFOLLOW_LINKS));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.resolve("helper"))));
        }
        assertFalse(Files.exists(first), "the folder goes with the run");
    }

    private static Path folder(PromptChannel channel, Map<String, String> env) {
        return Path.of(channel.env(env, "1").get(PromptChannel.HELPER_VARIABLE)).getParent();
    }
}
