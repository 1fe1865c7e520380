package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * shoal as the askpass of every process of a run on a terminal. The processes' questions arrive through
 * a {@link PromptChannel} and wait there, each in its own process, while the other repos keep running;
 * the broker takes them one at a time and asks the user through a {@link Prompter}. An answer is kept
 * in memory for this run only and given to every later process asking the same question, so thirty
 * repos behind one host take one password. A yes/no question (ssh's unknown host key) is kept per host,
 * never given for another. A refused answer (the same process asks again, or its job failed for want of
 * credentials) is asked once more; refused again, every question like it fails at once, so its repos
 * end as "needs credentials" instead of asking on and on.
 */
public final class PromptBroker implements AutoCloseable {
    /** How many times the user is asked one question before its repos are given up on. */
    private static final int TRIES = 2;

    private final Prompter prompter;
    private final PromptChannel channel;
    private final Map<String, Asker> askers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Thread thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    // The memory of the run, guarded by this: answers by question, who got which, what was refused.
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Map<String, Use>> given = new HashMap<>();
    private final Map<String, Integer> refusals = new HashMap<>();
    private final Set<String> givenUp = new HashSet<>();
    /** Editors asked for, waiting until every repo still running waits for one (the broker's thread alone). */
    private final List<PromptChannel.Request> edits = new ArrayList<>();
    /** Jobs holding a -j slot now. */
    private final AtomicInteger running = new AtomicInteger();
    private final Launcher launcher;

    /**
     * Opens the user's editor as git would (the repo's and the user's settings, as {@code git var} reads
     * them; git 2.39's has no GIT_SEQUENCE_EDITOR yet), on the file after it.
     */
    private static final String EDITOR = String.join("\n",
            "[ \"$0\" = --edit-sequence ] && editor=${GIT_SEQUENCE_EDITOR:-$(git config sequence.editor)}",
            "[ -n \"$editor\" ] || editor=$(git var GIT_EDITOR) || exit 1",
            "eval \"$editor \\\"\\$@\\\"\"");

    /** A repo of the run that may ask: its name, its folder, the hosts its command talks to, the session's environment. */
    private record Asker(String repo, Path path, List<String> hosts, Map<String, String> env) {
    }

    /** One answer as typed; compared by identity, so a new answer to the same question is another one. */
    private static final class Answer {
        final String text;

        Answer(String text) {
            this.text = text;
        }
    }

    /** An answer given to a job's process ({@code parent}: the process that ran the helper). */
    private record Use(Answer answer, long parent) {
    }

    private PromptBroker(Prompter prompter, PromptChannel channel, Launcher launcher) {
        this.prompter = prompter;
        this.channel = channel;
        this.launcher = launcher;
        this.thread = Thread.ofVirtual().name("shoal-prompts").unstarted(this::serve);
    }

    /** Opens the run's channel (under the session's runtime or temp folder) and starts taking questions. */
    public static PromptBroker start(Prompter prompter, Map<String, String> sessionEnv) {
        PromptBroker broker = new PromptBroker(prompter, PromptChannel.open(sessionEnv), OsLauncher.INSTANCE);
        broker.thread.start();
        return broker;
    }

    /** The broker's thread, for the run to interrupt on Ctrl-C like its jobs. */
    Thread thread() {
        return thread;
    }

    /** {@code env} for the processes of {@code repo}'s job (in {@code path}, talking to {@code hosts}): their questions come here. */
    Map<String, String> env(String repo, Path path, List<String> hosts, Map<String, String> env) {
        String id = String.valueOf(ids.incrementAndGet());
        askers.put(id, new Asker(repo, path, List.copyOf(hosts), Map.copyOf(env)));
        return channel.env(env, id);
    }

    /**
     * After the job whose processes got {@code env} failed for want of credentials: whether to run it
     * again, because an answer it got was wrong and will be asked again (or already was).
     */
    synchronized boolean runAgain(Map<String, String> env) {
        Map<String, Use> uses = given.remove(env.get(PromptChannel.JOB_VARIABLE));
        if (uses == null) {
            return false;
        }
        boolean again = false;
        for (Map.Entry<String, Use> use : uses.entrySet()) {
            String key = use.getKey();
            if (!secret(key)) {
                continue;
            }
            if (answers.get(key) == use.getValue().answer()) {
                refused(key);
            }
            if (givenUp.contains(key)) {
                return false;
            }
            again = true;
        }
        return again;
    }

    /** A job took a -j slot: it runs, and an editor waits until it is done or waits for one too. */
    void slotTaken() {
        running.incrementAndGet();
    }

    void slotFreed() {
        running.decrementAndGet();
    }

    /** Stops taking questions and removes the channel; every answer is forgotten. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        channel.close();
        synchronized (this) {
            answers.clear();
            given.clear();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        try {
            while (true) {
                for (PromptChannel.Request request : channel.next(edits.isEmpty())) {
                    if (request.kind() == PromptChannel.Request.Kind.ASK) {
                        handle(request);
                    } else {
                        edits.add(request);
                    }
                }
                edits.removeIf(request -> !request.waiting());
                // One editor at a time, once every repo still running waits for one: the terminal is free.
                if (!edits.isEmpty() && running.get() <= edits.size()) {
                    edit(edits.removeFirst());
                }
            }
        } catch (InterruptedException e) {
            // Ctrl-C or the end of the run: the jobs' sessions, helpers included, are ended by the runner.
        }
    }

    private void handle(PromptChannel.Request request) throws InterruptedException {
        Asker asker = askers.get(request.job());
        if (asker == null) {
            channel.answer(request, Optional.empty());
            return;
        }
        String key = key(asker, request.text());
        Decision decision = decide(request, key);
        if (decision.answer != null || decision.refuse) {
            channel.answer(request, Optional.ofNullable(decision.answer).map(a -> a.text));
            return;
        }
        if (!request.waiting()) {
            return;
        }
        Optional<String> typed;
        try {
            typed = prompter.ask(new Prompter.Question(asker.repo(), String.join(", ", asker.hosts()), request.text(),
                    secret(key), decision.again));
        } catch (InterruptedException e) {
            channel.answer(request, Optional.empty());
            throw e;
        }
        synchronized (this) {
            if (typed.isEmpty()) {
                givenUp.add(key); // the user has no answer (end of input): nobody is asked this again
            } else {
                Answer answer = new Answer(typed.get());
                answers.put(key, answer);
                use(request, key, answer);
            }
        }
        channel.answer(request, typed);
    }

    /** Opens the user's editor on the file git asked for, with the terminal, and tells the helper how it went. */
    private void edit(PromptChannel.Request request) throws InterruptedException {
        Asker asker = askers.get(request.job());
        if (asker == null) {
            channel.answer(request, Optional.empty());
            return;
        }
        Path file = Path.of(request.text());
        boolean ok = false;
        try {
            ok = prompter.handOver(asker.repo(), file.getFileName().toString(), () -> {
                LaunchSpec spec = new LaunchSpec(List.of("sh", "-c", EDITOR, request.kind() == PromptChannel.Request.Kind.EDIT_SEQUENCE
                        ? "--edit-sequence" : "--edit", file.toString()), asker.path(), asker.env(),
                        List.of(asker.path()), LaunchSpec.Io.TERMINAL);
                try {
                    return Attempt.exitCode(launcher.start(spec)) == 0;
                } catch (IOException e) {
                    return false;
                }
            });
        } finally {
            channel.answer(request, ok ? Optional.of("") : Optional.empty());
        }
    }

    /** What to do with a question: give a known answer, refuse it, or ask the user ({@code again}: once more). */
    private record Decision(Answer answer, boolean refuse, boolean again) {
    }

    private synchronized Decision decide(PromptChannel.Request request, String key) {
        Answer known = answers.get(key);
        Use before = given.getOrDefault(request.job(), Map.of()).get(key);
        if (known != null && before != null && before.answer() == known && before.parent() == request.parent() && secret(key)) {
            // The same process asks the same again (ssh after a wrong passphrase): the answer was wrong.
            refused(key);
            known = null;
        }
        if (givenUp.contains(key)) {
            return new Decision(null, true, false);
        }
        if (known != null) {
            use(request, key, known);
            return new Decision(known, false, false);
        }
        return new Decision(null, false, refusals.getOrDefault(key, 0) > 0);
    }

    private void use(PromptChannel.Request request, String key, Answer answer) {
        given.computeIfAbsent(request.job(), job -> new HashMap<>()).put(key, new Use(answer, request.parent()));
    }

    /** The answer to {@code key} was wrong: forget it, and give up on the question after {@link #TRIES}. */
    private void refused(String key) {
        answers.remove(key);
        if (refusals.merge(key, 1, Integer::sum) >= TRIES) {
            givenUp.add(key);
        }
    }

    /** A question is kept by its text; a yes/no one by its host too, so it is never answered for another host. */
    private static String key(Asker asker, String text) {
        return confirmation(text) ? String.join(",", asker.hosts()) + "\n" + text : "\n" + text;
    }

    /** A question whose answer must not show: not a user name, not a yes/no. */
    private static boolean secret(String key) {
        String text = key.substring(key.indexOf('\n') + 1);
        return !text.startsWith("Username") && !confirmation(text);
    }

    /** ssh's yes/no questions: an unknown host key, a changed one; as OpenSSH words them. */
    private static boolean confirmation(String text) {
        return text.contains("(yes/no");
    }
}
