package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.Repo;
import dev.shoal.testing.Fleet;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code --only} as every command that acts on repos gets it: through {@link TargetsMixin#select}. */
@ExtendWith(WorkspaceExtension.class)
class TargetsMixinTest {
    Workspace workspace;

    @Command(name = "probe")
    static final class Probe extends SessionCommand {
        @Mixin
        TargetsMixin targets;

        Probe(Session session) {
            super(session);
        }

        @Override
        public Integer call() {
            targets.select(session).stream().map(Repo::name).forEach(session.out()::println);
            return 0;
        }
    }

    @BeforeEach
    void registerASmallFleet(Workspace workspace) {
        this.workspace = workspace;
        Fleet.small(workspace);
        workspace.shoal("add", "-r", workspace.path("repos").toString());
        workspace.shoal("group", "add", "ahead", "dirty", "-n", "mine");
    }

    @Test
    void withoutOnlyEveryTargetIsSelectedUnread() {
        assertEquals(List.of("ahead", "behind", "clean", "dirty", "no-upstream", "untracked"), probe());
        assertEquals(List.of("ahead", "dirty"), probe("mine"));
    }

    @Test
    void onlyKeepsTheReposInAnyOfTheStates() {
        assertEquals(List.of("behind"), probe("--only", "behind"));
        assertEquals(List.of("ahead", "behind"), probe("--only", "behind", "--only", "ahead"));
        assertEquals(List.of("dirty"), probe("mine", "--only", "dirty"));
        assertEquals(List.of(), probe("mine", "--only", "stashed"));
    }

    @Test
    void theContextStillApplies() {
        workspace.shoal("context", "mine");
        assertEquals(List.of("ahead"), probe("--only", "ahead", "--only", "behind"));
    }

    @Test
    void aBadStateIsRejectedBeforeAnythingRuns() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = commandLine(new ByteArrayOutputStream(), err).execute("--only", "behnd");
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("did you mean behind?"), err.toString(StandardCharsets.UTF_8));
    }

    private List<String> probe(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, commandLine(out, new ByteArrayOutputStream()).execute(args));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private CommandLine commandLine(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        Session session = new Session(Map.copyOf(workspace.env()), workspace.root(), System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> Terminal.PIPE);
        CommandLine commandLine = new CommandLine(new Probe(session), new CommandFactory(session));
        ErrorReporter errors = new ErrorReporter(session);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }
}
