package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.GitHttpServer;
import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real terminal (tmux), shoal is the askpass of every process of a run: repos behind an http remote
 * that asks for basic auth (git http-backend behind a local server) and behind an "ssh" remote whose key
 * has a passphrase (a fake ssh that asks SSH_ASKPASS, then serves the repo here) take one answer each,
 * asked in place while the other repos run, and nothing typed is left anywhere.
 */
@ExtendWith(WorkspaceExtension.class)
class PasswordOnceTest {
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final String PASSWORD = "pw-Swordfish-4711";
    private static final String PASSPHRASE = "pp-Correct-Horse-0815";
    private static final Pattern PASSWORD_ROW = Pattern.compile("Password for 'http://alice@127\\.0\\.0\\.1:\\d+': *$");
    private static final Pattern PASSPHRASE_ROW = Pattern.compile("Enter passphrase for key '[^']*id_test': *$");

    @Test
    void thirtyReposTakeOnePasswordAndOnePassphrase(Workspace ws) throws Exception {
        Remotes remotes = Remotes.make(ws, 20, 10);
        remotes.fetchOnTerminal(tmux -> {
            boolean passwordFirst = waitForEither(tmux).stream().anyMatch(row -> PASSWORD_ROW.matcher(row).find());
            tmux.sendKeys(passwordFirst ? PASSWORD : PASSPHRASE, "Enter");
            tmux.waitForScreen(passwordFirst ? PASSPHRASE_ROW : PASSWORD_ROW, DEADLINE);
            tmux.sendKeys(passwordFirst ? PASSPHRASE : PASSWORD, "Enter");
            int exit = tmux.waitForExit(DEADLINE);
            String history = String.join("\n", tmux.history());
            assertEquals(0, exit, history);
            assertTrue(history.contains("30 repos: 30 updated"), history);
            assertEquals(1, rows(tmux, PASSWORD_ROW), history);
            assertEquals(1, rows(tmux, PASSPHRASE_ROW), history);
            assertTrue(Pattern.compile("(?m)^h\\d+ \\(127\\.0\\.0\\.1:\\d+\\): Password for").matcher(history).find(),
                    "the prompt names the repo and host:\n" + history);
            assertTrue(Pattern.compile("(?m)^s\\d+ \\(fakehost\\): Enter passphrase").matcher(history).find(), history);
            assertFalse(history.contains(PASSWORD) || history.contains(PASSPHRASE), history);
        });
        remotes.assertAllFetched();
        assertNothingLeft(ws);
    }

    @Test
    void aPasswordRefusedTwiceFailsItsReposAsNeedingCredentialsWhileTheOthersSucceed(Workspace ws) throws Exception {
        Remotes remotes = Remotes.make(ws, 3, 2);
        remotes.fetchOnTerminal(tmux -> {
            int wrong = 0;
            boolean passphraseTyped = false;
            while (wrong < 2 || !passphraseTyped) {
                List<String> screen = waitForEither(tmux);
                String last = screen.stream().filter(row -> !row.isBlank()).reduce((a, b) -> b).orElse("");
                if (PASSPHRASE_ROW.matcher(last).find()) {
                    tmux.sendKeys(PASSPHRASE, "Enter");
                    passphraseTyped = true;
                } else {
                    tmux.sendKeys("wrong-" + wrong++, "Enter");
                }
                waitUntilAnswered(tmux, last);
            }
            int exit = tmux.waitForExit(DEADLINE);
            String history = String.join("\n", tmux.history());
            assertEquals(1, exit, history);
            assertTrue(history.contains("5 repos: 2 updated, 3 needs credentials"), history);
            assertTrue(history.contains("needs credentials: h1, h2, h3"), history);
            assertEquals(2, rows(tmux, PASSWORD_ROW), history);
            assertTrue(history.contains("refused, once more: Password for"), history);
            assertFalse(history.contains("rerunning"), "asked in place already, no rerun one by one:\n" + history);
        });
        remotes.assertFetched("s1", "s2");
        assertNothingLeft(ws);
    }

    @Test
    void ctrlCAtAPromptStopsTheRunAndLeavesNoProcess(Workspace ws) throws Exception {
        Remotes.make(ws, 2, 2).fetchOnTerminal(tmux -> {
            waitForEither(tmux);
            tmux.sendKeys("half-typed");
            tmux.sendKeys("C-c");
            assertEquals(130, tmux.waitForExit(DEADLINE), String.join("\n", tmux.history()));
        });
        List<Long> left = processesIn(ws.path("src"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = processesIn(ws.path("src"));
        }
        assertEquals(List.of(), left, "processes still working in the repos");
        assertNothingLeft(ws);
    }

    /** Waits for a question on screen; returns the screen. */
    private static List<String> waitForEither(Tmux tmux) {
        return tmux.waitForScreen(Pattern.compile(PASSWORD_ROW.pattern() + "|" + PASSPHRASE_ROW.pattern()), DEADLINE);
    }

    /** Waits until the last row of text is no longer the question answered (the next one, or the run going on). */
    private static void waitUntilAnswered(Tmux tmux, String question) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            List<String> screen = tmux.screen();
            String last = screen.stream().filter(row -> !row.isBlank()).reduce((a, b) -> b).orElse("");
            if (!last.equals(question)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("still asking: " + question);
    }

    private static long rows(Tmux tmux, Pattern row) {
        return tmux.history().stream().filter(line -> row.matcher(line).find()).count();
    }

    /** Nothing typed in any file under the config home or the temp and runtime folders, and the prompt folder gone. */
    private static void assertNothingLeft(Workspace ws) throws IOException {
        for (Path dir : List.of(ws.configHome(), ws.path("tmp"), ws.path("run"))) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertFalse(text.contains(PASSWORD) || text.contains(PASSPHRASE) || text.contains("Password for")
                            || text.contains("passphrase"), "a secret or a prompt in " + file);
                }
            }
        }
        try (Stream<Path> left = Files.list(ws.path("run"))) {
            assertEquals(List.of(), left.toList(), "the prompt folder is removed at exit");
        }
    }

    /** Processes whose working folder is under {@code dir}, by /proc. */
    private static List<Long> processesIn(Path dir) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readSymbolicLink(proc.resolve("cwd")).startsWith(dir)) {
                        pids.add(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException | SecurityException e) {
                    // Gone meanwhile, or another user's.
                }
            }
        }
        return pids;
    }

    /**
     * Work trees src/hN (origin over http) and src/sN (origin over the fake ssh), each one commit behind
     * its remote, made by copying (thirty clones would cost the shared machine more than the test).
     */
    private static final class Remotes {
        final Workspace ws;
        final Path served;
        final int http;
        final int ssh;
        final String tip;

        private Remotes(Workspace ws, Path served, int http, int ssh, String tip) {
            this.ws = ws;
            this.served = served;
            this.http = http;
            this.ssh = ssh;
            this.tip = tip;
        }

        static Remotes make(Workspace ws, int http, int ssh) throws IOException {
            Path seed = ws.repo("seed");
            Path template = ws.path("template");
            ws.git().run(ws.root(), "clone", "-q", seed.toString(), template.toString());
            ws.git().commit(seed, "NEWS", "news\n", "second commit");
            String tip = ws.git().run(seed, "rev-parse", "HEAD").strip();
            Path bare = ws.path("bare.git");
            ws.git().run(ws.root(), "clone", "-q", "--bare", seed.toString(), bare.toString());
            Path served = ws.path("served");
            for (int i = 1; i <= http + ssh; i++) {
                String name = (i <= http ? "h" + i : "s" + (i - http));
                copy(bare, served.resolve(name + ".git"));
                copy(template, ws.path("src/" + name));
            }
            Files.createDirectories(ws.path("tmp"));
            Files.createDirectories(ws.path("run"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path fakeSsh = ws.path("bin/fake-ssh");
            Files.createDirectories(fakeSsh.getParent());
            // Like ssh with a key that has a passphrase: asks up to three times, then gives up as ssh does.
            Files.writeString(fakeSsh, String.join("\n", "#!/bin/sh",
                    "for try in 1 2 3; do",
                    "  phrase=$(\"$SSH_ASKPASS\" \"Enter passphrase for key '$HOME/.ssh/id_test': \") || break",
                    "  [ \"$phrase\" = '" + PASSPHRASE + "' ] && exec sh -c \"$2\"",
                    "done",
                    "echo 'git@fakehost: Permission denied (publickey).' >&2",
                    "exit 255", ""));
            Files.setPosixFilePermissions(fakeSsh, PosixFilePermissions.fromString("rwx------"));
            Map<String, String> env = ws.env();
            env.put("GIT_SSH_COMMAND", fakeSsh.toString());
            env.put("GIT_SSH_VARIANT", "simple");
            env.put("TMPDIR", ws.path("tmp").toString());
            env.put("XDG_RUNTIME_DIR", ws.path("run").toString());
            assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
            return new Remotes(ws, served, http, ssh, tip);
        }

        /** What a test does at the terminal while shoal fetches. */
        interface AtTerminal {
            void drive(Tmux tmux) throws Exception;
        }

        /** Serves the http remotes, runs {@code shoal fetch} in a terminal, and lets {@code user} drive it. */
        void fetchOnTerminal(AtTerminal user) throws Exception {
            try (GitHttpServer server = GitHttpServer.start(served, "alice", PASSWORD, ws.env())) {
                pointAt(server);
                try (Tmux tmux = Tmux.start(ws.root(), 120, 40, ws.env(), Workspace.shoalCommand("fetch"))) {
                    user.drive(tmux);
                }
            }
        }

        private void pointAt(GitHttpServer server) throws IOException {
            for (int i = 1; i <= http + ssh; i++) {
                String name = (i <= http ? "h" + i : "s" + (i - http));
                String url = i <= http ? server.url(name + ".git") : "fakehost:" + served.resolve(name + ".git");
                Path config = ws.path("src/" + name + "/.git/config");
                String text = Files.readString(config);
                Files.writeString(config, text.replaceAll("(?m)^(\\s*url = ).*$", "$1" + java.util.regex.Matcher.quoteReplacement(url)));
            }
        }

        void assertAllFetched() {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= http; i++) {
                names.add("h" + i);
            }
            for (int i = 1; i <= ssh; i++) {
                names.add("s" + i);
            }
            assertFetched(names.toArray(String[]::new));
        }

        void assertFetched(String... names) {
            for (String name : names) {
                assertEquals(tip, ws.git().run(ws.path("src/" + name), "rev-parse", "origin/main").strip(), name);
            }
        }

        private static void copy(Path from, Path to) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
