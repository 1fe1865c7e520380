package dev.shoal.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One repo's command: where it runs, the command line, the whole environment it gets, how long it may
 * take, and whether it is a git command that talks to a remote (bounded per host, retried when the
 * host drops the connection).
 */
public record Job(String repo, Path path, List<String> argv, Map<String, String> env, Optional<Duration> timeout,
                  boolean network) {
    public Job {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }
}
