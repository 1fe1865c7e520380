package dev.shoal.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a job's process the way a parallel run needs it: in the repo's folder, with the job's
 * environment, stdin from /dev/null, and, where util-linux's {@code setsid} is on the PATH, in a session
 * of its own: without a controlling terminal, ssh and git have no /dev/tty to prompt on, and the
 * terminal's Ctrl-C reaches shoal alone, which then stops each child's whole tree itself.
 */
final class ProcessLauncher {
    private static final File NULL_DEVICE = new File("/dev/null");
    private final Optional<Path> setsid;

    private ProcessLauncher(Optional<Path> setsid) {
        this.setsid = setsid;
    }

    /** Looks for setsid on this JVM's PATH, which is also where ProcessBuilder looks for programs. */
    static ProcessLauncher detect() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "setsid");
                if (Files.isExecutable(candidate)) {
                    return new ProcessLauncher(Optional.of(candidate));
                }
            }
        }
        return new ProcessLauncher(Optional.empty());
    }

    Process start(List<String> argv, Path dir, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        // -w: should setsid have to fork (it does when already a group leader), it waits and passes on the exit code.
        setsid.ifPresent(program -> command.addAll(List.of(program.toString(), "-w")));
        command.addAll(argv);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE));
        return builder.start();
    }
}
