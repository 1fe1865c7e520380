package dev.shoal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Tmux;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one line of progress bin/shoal and bin/build show while Maven builds (bin/lib/build.sh), with a
 * stand-in mvn on PATH that prints what Maven 3.8 prints: step lines, and the stray ESC[0m of its Jansi.
 */
class BuildProgressTest {
    private static final Path BUILD_SH = Path.of("bin/lib/build.sh").toAbsolutePath();

    @TempDir
    Path temp;
    private Path checkout;

    @BeforeEach
    void standInMaven() throws IOException {
        checkout = Files.createDirectories(temp.resolve("checkout"));
        Path mvn = Files.createDirectories(temp.resolve("tools")).resolve("mvn");
        Files.writeString(mvn, """
                #!/bin/sh
                echo '[INFO] --- maven-resources-plugin:3.3.1:resources (default-resources) @ shoal ---'
                echo '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ shoal ---'
                [ -n "$HOLD" ] && while [ ! -e "$HOLD" ]; do sleep 0.1; done
                if [ -n "$FAIL" ]; then
                  echo '[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected'
                  printf '\\033[0m'
                  exit 1
                fi
                echo '[INFO] BUILD SUCCESS'
                printf '\\033[0m'
                """);
        assertTrue(mvn.toFile().setExecutable(true));
    }

    @Test
    void pipedItIsOnePlainLine() throws IOException {
        ProcessResult result = build(Map.of());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("shoal: building the jar...\n", result.stderr());
        assertEquals("", result.stdout());
        String log = Files.readString(checkout.resolve("target/build.log"));
        assertTrue(log.contains("[INFO] BUILD SUCCESS"), log);
    }

    @Test
    void aFailureShowsMavensErrorsAndWhereTheLogIs() {
        ProcessResult result = build(Map.of("FAIL", "1"));
        assertEquals(1, result.exitCode());
        List<String> lines = result.stderr().lines().toList();
        assertEquals("shoal: building the jar...", lines.get(0));
        assertTrue(lines.get(1).startsWith("shoal: building the jar failed after "), lines.get(1));
        assertEquals("[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected", lines.get(2));
        assertEquals("shoal: the whole log is in " + checkout.resolve("target/build.log"), lines.get(3));
        assertFalse(result.stderr().contains("\u001b"), "no escape codes when piped: " + result.stderr());
    }

    @Test
    void onATerminalTheLineNamesTheStepAndIsErasedAtTheEnd() throws IOException {
        Path hold = temp.resolve("hold");
        try (Tmux tmux = Tmux.start(checkout, 100, 10, Map.of("HOLD", hold.toString(), "PATH", path()),
                List.of("bash", "-c", ". \"$1\"; shoal_build \"$PWD\" /no-jdk 'the jar' package; echo \"status $?\"; sleep 30",
                        "bash", BUILD_SH.toString()))) {
            tmux.waitForScreen(Pattern.compile("^shoal: building the jar: compiling \\(\\d+s\\)"), Duration.ofSeconds(30));
            Files.writeString(hold, "");
            List<String> screen = tmux.waitForScreen("status 0", Duration.ofSeconds(30));
            assertTrue(screen.stream().noneMatch(row -> row.contains("building")), "the progress line is gone: " + screen);
        }
    }

    private ProcessResult build(Map<String, String> env) {
        Map<String, String> full = new java.util.HashMap<>(env);
        full.put("PATH", path());
        return ProcessResult.run(List.of("bash", "-c", ". \"$1\"; shoal_build \"$PWD\" /no-jdk 'the jar' package",
                "bash", BUILD_SH.toString()), checkout, full);
    }

    private String path() {
        return temp.resolve("tools") + File.pathSeparator + System.getenv("PATH");
    }
}
