package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs' sessions made lighter under autogroup scheduling, checked on real processes where the kernel has it. */
class SessionWeightTest {
    private static final Path SELF = Path.of("/proc/self/autogroup");

    @TempDir
    Path dir;

    @Test
    void pastTenTogetherTheJobsWeighAboutAsMuchAsOneProgram() {
        assertEquals(0, SessionWeight.niceFor(1), "one job weighs what shoal does");
        assertEquals(0, SessionWeight.niceFor(4), "a few keep their weight");
        assertEquals(0, SessionWeight.niceFor(SessionWeight.UNAIDED));
        assertEquals(11, SessionWeight.niceFor(SessionWeight.UNAIDED + 1));
        assertEquals(17, SessionWeight.niceFor(40));
        assertEquals(19, SessionWeight.niceFor(1000), "the lightest the kernel has");
        for (int atOnce = SessionWeight.UNAIDED + 1; atOnce <= 68; atOnce++) {
            int nice = SessionWeight.niceFor(atOnce);
            double together = atOnce * 1024 / Math.pow(1.25, nice);
            double heavier = atOnce * 1024 / Math.pow(1.25, nice - 1);
            assertTrue(together <= 1024.5 && (nice == 0 || heavier > 1024), atOnce + " at once: nice " + nice);
        }
    }

    @Test
    void aCapturedJobsSessionIsLightenedAndShoalsIsNot() throws Exception {
        assumeTrue(Files.isReadable(SELF) && Files.readString(Path.of("/proc/sys/kernel/sched_autogroup_enabled")).strip().equals("1"),
                "the kernel schedules by autogroup");
        String shoals = Files.readString(SELF);
        try {
            OsLauncher.INSTANCE.expect(20, 12, true);
            assertTrue(capturedJobsGroup().endsWith(" nice 12"), "twelve at once under the live view");
            OsLauncher.INSTANCE.expect(10, 4, true);
            assertTrue(capturedJobsGroup().endsWith(" nice 0"), "four at once keep their weight");
            OsLauncher.INSTANCE.expect(20, 12, true);
            Process reader = OsLauncher.INSTANCE.start(new LaunchSpec(List.of("cat", "/proc/self/autogroup"),
                    dir, env(), List.of(), LaunchSpec.Io.READ_OUT));
            assertEquals(shoals, out(reader), "a reader stays in shoal's session, and so in its group");
            assertEquals(shoals, Files.readString(SELF), "shoal's own group keeps its weight");
            OsLauncher.INSTANCE.expect(20, 12, false);
            assertTrue(capturedJobsGroup().endsWith(" nice 0"), "a run that redraws nothing leaves the weights alone");
        } finally {
            OsLauncher.INSTANCE.expect(1, 1, false);
        }
    }

    /** What a captured job says of its session's group, after a while: its session is lightened right after it starts. */
    private String capturedJobsGroup() throws Exception {
        Process job = OsLauncher.INSTANCE.start(new LaunchSpec(List.of("sh", "-c", "sleep 0.5; cat /proc/self/autogroup"),
                dir, env(), List.of(), LaunchSpec.Io.CAPTURED));
        return out(job).strip();
    }

    private Map<String, String> env() {
        return Map.of("PATH", System.getenv("PATH"), "HOME", dir.toString());
    }

    private static String out(Process process) throws Exception {
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }
}
