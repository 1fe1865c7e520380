package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A repo that prints a gigabyte: shoal (given a 64 MiB heap) spills it to a temp file and prints it in
 * full, byte for byte, and leaves no temp file behind. The test counts bytes as they pass, holding none.
 */
@ExtendWith(WorkspaceExtension.class)
class BigOutputTest {
    private static final long GIGABYTE = 1L << 30;

    @Test
    void aGigabyteFromOneRepoSpillsToDiskAndComesOutWhole(Workspace ws) throws Exception {
        ws.repo("src/api");
        assertEquals(0, ws.shoal("add", ws.path("src/api").toString()).exitCode());
        Path tmp = Files.createDirectories(ws.path("tmp"));
        List<String> command = Workspace.shoalCommand("shell", "--", "head -c " + GIGABYTE + " /dev/zero");
        command.add(1, "-Xmx64m");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ws.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ws.path("err.txt").toFile());
        builder.environment().putAll(ws.env());
        builder.environment().put("TMPDIR", tmp.toString());
        Process shoal = builder.start();

        AtomicLong largestSpill = new AtomicLong();
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (shoal.isAlive()) {
                largestSpill.accumulateAndGet(spilled(tmp), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long zeros = 0;
        long others = 0;
        String header;
        try (InputStream out = shoal.getInputStream()) {
            header = firstLine(out);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = out.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        zeros++;
                    } else {
                        others++;
                    }
                }
            }
        }
        assertTrue(shoal.waitFor(5, TimeUnit.MINUTES));
        watcher.join();
        assertEquals(0, shoal.exitValue(), Files.readString(ws.path("err.txt")));
        assertTrue(header.startsWith("=== api: ok ("), header);
        assertEquals(GIGABYTE, zeros);
        assertEquals(1, others, "the one newline that ends the block");
        assertTrue(largestSpill.get() > 64L * 1024 * 1024, "spilled to a file under TMPDIR: " + largestSpill.get());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "temp files are removed");
        }
    }

    private static long spilled(Path tmp) {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // removed meanwhile
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
