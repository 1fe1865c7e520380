package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code shoal ... | head -1}: when the reader goes away, shoal stops its repos and ends without a word. */
@ExtendWith(WorkspaceExtension.class)
class ClosedOutputTest {
    @Test
    void aClosedPipeEndsTheRunQuietly(Workspace ws) throws Exception {
        ws.registeredRepos("api", "site");
        // api prints at once; site prints after the reader is gone, then would take a minute more.
        List<String> command = Workspace.shoalCommand("shell", "--output", "stream", "--",
                "[ ${PWD##*/} = api ] && echo first || { sleep 2; echo second; sleep 60; }");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ws.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ws.path("err.txt").toFile());
        builder.environment().putAll(ws.env());
        Process shoal = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(shoal.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("api:  first", out.readLine());
        }
        assertTrue(shoal.waitFor(30, TimeUnit.SECONDS), "shoal kept running after its reader left");
        assertEquals(141, shoal.exitValue());
        assertEquals("", Files.readString(ws.path("err.txt")));
    }
}
