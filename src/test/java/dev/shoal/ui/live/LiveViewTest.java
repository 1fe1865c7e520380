package dev.shoal.ui.live;

import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live view in-process, on a stream standing in for the terminal. */
class LiveViewTest {
    private static final String HIDE = "\u001b[?25l";
    private static final String SHOW = "\u001b[?25h";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final LiveView view = LiveView.start(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8), new Style(false), () -> new ScreenSize(80, 24));

    @Test
    void aFinishedRepoPrintsItsBlockAndTheSummaryComesWithTheCursorShown() {
        view.begin(List.of("api", "site"));
        view.started("api");
        view.line("api", "Receiving objects: 45%".getBytes(StandardCharsets.UTF_8), true, true);
        view.finished(report("api", JobStatus.OK, "hello\nworld\n"));
        view.started("site");
        view.finished(report("site", JobStatus.FAILED, "50%\r100%\n"));
        view.summary(new RunSummary(List.of(report("api", JobStatus.OK, ""), report("site", JobStatus.FAILED, "")),
                Duration.ofSeconds(2), new RerunCommand(List.of("shoal", "fetch"), List.of()), false));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("=== api: ok (100ms)\nhello\nworld\n"), out);
        assertTrue(out.contains("=== site: failed, exit 1 (100ms)\n100%\n"), out);
        assertTrue(out.endsWith(SHOW), "the region erased and the cursor shown before the summary: " + out);
        assertTrue(out.contains(HIDE), out);
        assertEquals("2 repos: 1 ok, 1 failed (2.0s)\nfailed: site (exit 1)\nrerun: shoal fetch site\n",
                errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void blocksStayWholeWhileManyReposFinishAndPrintAtOnce() throws InterruptedException {
        int repos = 40;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < repos; i++) {
                String name = "repo-" + i;
                threads.submit(() -> {
                    view.started(name);
                    StringBuilder output = new StringBuilder();
                    for (int line = 0; line < 500; line++) {
                        view.line(name, ("progress " + line).getBytes(StandardCharsets.UTF_8), false, true);
                        output.append(name).append(" line ").append(line).append('\n');
                    }
                    view.finished(report(name, JobStatus.OK, output.toString()));
                });
            }
        }
        view.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("=== ")) {
                String name = lines.get(i).substring(lines.get(i).indexOf("=== ") + 4, lines.get(i).indexOf(':'));
                headers.add(name);
                for (int line = 0; line < 500; line++) {
                    assertEquals(name + " line " + line, lines.get(i + 1 + line), "block of " + name);
                }
            }
        }
        assertEquals(repos, headers.size(), headers.toString());
    }

    private static JobReport report(String repo, JobStatus status, String stdout) {
        return new JobReport(repo, Path.of("/src", repo), List.of("git", "fetch"), status, status == JobStatus.OK ? 0 : 1,
                Duration.ofMillis(100), Captured.of(stdout), Captured.of(""), null);
    }
}
