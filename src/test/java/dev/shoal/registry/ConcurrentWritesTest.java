package dev.shoal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two shoal processes writing the registry at once lose nothing. */
class ConcurrentWritesTest {
    @TempDir
    Path temp;

    @Test
    void eightConcurrentAddProcessesAllLand() {
        Workspace ws = new Workspace(temp);
        List<Path> repos = IntStream.range(0, 8).mapToObj(i -> ws.repo("src/repo" + i)).toList();
        List<CompletableFuture<ProcessResult>> runs = new ArrayList<>();
        for (Path repo : repos) {
            runs.add(CompletableFuture.supplyAsync(() -> ws.shoalProcess("add", repo.toString())));
        }
        runs.forEach(run -> assertEquals(0, run.join().exitCode(), run.join().stderr()));
        List<String> names = new RegistryStore(ws.reposFile()).load().repos().stream().map(Repo::name).toList();
        assertEquals(IntStream.range(0, 8).mapToObj(i -> "repo" + i).toList(), names);
    }

    @Test
    void concurrentThreadsInOneProcessAllLand() {
        Workspace ws = new Workspace(temp);
        List<Path> repos = IntStream.range(0, 16).mapToObj(i -> ws.repo("t/repo" + i)).toList();
        repos.parallelStream().forEach(repo -> assertEquals(0, ws.shoal("add", repo.toString()).exitCode()));
        assertEquals(16, new RegistryStore(ws.reposFile()).load().repos().size());
    }
}
