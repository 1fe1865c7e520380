package dev.shoal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the process ends: a run that succeeds returns from main (no System.exit, whose logging of the call
 * costs every start a scan for a logger), any other exits with its code. The JDK logs each System.exit to
 * the logger java.lang.Runtime; a real JVM with that logger turned on tells the two ways apart.
 */
@ExtendWith(WorkspaceExtension.class)
class MainTest {
    @Test
    void aSuccessfulRunReturnsAndAFailedOneExitsWithItsCode(Workspace ws) {
        ProcessResult version = shoal(ws, "--version");
        assertEquals(0, version.exitCode(), version.stderr());
        assertTrue(version.stdout().startsWith("shoal "), version.stdout());
        assertFalse(version.stderr().contains("Runtime.exit"), version.stderr());

        // The control: the same logging sees System.exit where shoal calls it.
        ProcessResult usage = shoal(ws, "--no-such-option");
        assertEquals(2, usage.exitCode(), usage.stderr());
        assertTrue(usage.stderr().contains("Runtime.exit() called with status: 2"), usage.stderr());
    }

    @Test
    void shutdownHooksStillRunWhenMainReturns(Workspace ws) {
        // shoal's own hooks are registered only by runs that need them; a program around shoal's main adds one.
        ProcessResult run = aroundMain(ws, "Hook", """
                public class Hook {
                    public static void main(String[] args) throws Exception {
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("hook ran")));
                        dev.shoal.Main.main(args);
                        System.err.println("main returned");
                    }
                }
                """);
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("main returned"), run.stderr());
        assertTrue(run.stderr().contains("hook ran"), run.stderr());
    }

    @Test
    void aThreadLeftRunningDoesNotKeepTheProcess(Workspace ws) {
        // A thread that is no daemon would keep a JVM whose main returned alive: then shoal exits instead.
        ProcessResult run = aroundMain(ws, "Stay", """
                public class Stay {
                    public static void main(String[] args) throws Exception {
                        Thread stays = new Thread(() -> {
                            try {
                                Thread.sleep(600_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                        stays.start();
                        dev.shoal.Main.main(args);
                        System.err.println("main returned");
                    }
                }
                """);
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("shoal "), run.stdout());
        assertFalse(run.stderr().contains("main returned"), run.stderr());
    }

    /** shoal as its own process, with the JDK's logging of System.exit turned on. */
    private static ProcessResult shoal(Workspace ws, String... args) {
        Path logging = ws.path("logging.properties");
        Git.write(logging, """
                handlers = java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.level = ALL
                java.lang.Runtime.level = ALL
                """);
        List<String> command = new ArrayList<>(Workspace.shoalCommand(args));
        command.add(1, "-Djava.util.logging.config.file=" + logging);
        return ProcessResult.run(command, ws.root(), ws.env());
    }

    /** {@code shoal --version} from the source-file program {@code source} (class {@code name}), which calls shoal's main. */
    private static ProcessResult aroundMain(Workspace ws, String name, String source) {
        Path program = ws.path(name + ".java");
        Git.write(program, source);
        return ProcessResult.run(Workspace.javaCommand(program.toString(), "--version"), ws.root(), ws.env());
    }
}
