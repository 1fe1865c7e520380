package dev.shoal.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The private way a run's processes reach the running shoal with a question: a folder only the user can
 * open (mode 0700, made per run under {@code $XDG_RUNTIME_DIR}, else {@code $TMPDIR}), holding a small
 * sh script that is the run's askpass and editor. The script makes a FIFO, puts its question in a
 * request file (written aside, then renamed, so shoal never reads half of one), and waits on the FIFO
 * for the answer. Answers only ever pass through the FIFO, never a regular file, and no port is opened.
 * The folder and all in it go when the run ends, also when the JVM is ended by a signal.
 */
final class PromptChannel implements AutoCloseable {
    /** Names the helper in a job's environment; {@link ChildEnvironment} makes it the askpass and editor. */
    static final String HELPER_VARIABLE = "SHOAL_PROMPT_HELPER";
    /** Tells the helper which job of the run it asks for (a number, so the request names no repo). */
    static final String JOB_VARIABLE = "SHOAL_PROMPT_JOB";
    private static final String REQUEST = ".ask";
    /** The helpers of this JVM's open channels: one inherited from an enclosing shoal is not ours to use. */
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    /**
     * What a helper ({@code pid}, run by {@code parent}) asks for a job: a file to open in the user's
     * editor, or an answer to the prompt {@code text}.
     */
    record Request(String job, long pid, long parent, Kind kind, String text, Path fifo) {
        enum Kind { ASK, EDIT, EDIT_SEQUENCE }

        /** Whether the helper that asked still waits (it is gone after a timeout or Ctrl-C ended its job). */
        boolean waiting() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private final Path folder;
    private final Path helper;
    private final WatchService watcher;
    private final Thread cleanup;

    private PromptChannel(Path folder, Path helper, WatchService watcher) {
        this.folder = folder;
        this.helper = helper;
        this.watcher = watcher;
        this.cleanup = new Thread(this::removeFolder, "shoal-prompt-cleanup");
    }

    /** Makes the folder and its helper under the session's runtime or temp folder. */
    static PromptChannel open(Map<String, String> env) {
        try {
            Path folder = privateFolder(parent(env));
            Path helper = folder.resolve("helper");
            Files.writeString(helper, script(folder), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwx------"));
            WatchService watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            PromptChannel channel = new PromptChannel(folder, helper, watcher);
            Runtime.getRuntime().addShutdownHook(channel.cleanup);
            LIVE.add(helper.toString());
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a private folder for prompts: " + e.getMessage(), e);
        }
    }

    /** The helper named in {@code env}, if it belongs to a channel open in this JVM. */
    static Optional<String> liveHelper(Map<String, String> env) {
        String helper = env.get(HELPER_VARIABLE);
        return helper != null && LIVE.contains(helper) ? Optional.of(helper) : Optional.empty();
    }

    /** {@code env} with what makes the helper ask for job {@code job}. */
    Map<String, String> env(Map<String, String> env, String job) {
        Map<String, String> with = new java.util.HashMap<>(env);
        with.put(HELPER_VARIABLE, helper.toString());
        with.put(JOB_VARIABLE, job);
        return with;
    }

    /**
     * The requests waiting now, oldest first; when there is none, waits for one ({@code patient}), or
     * only a moment (the broker has editors to look after). Interruptible.
     */
    List<Request> next(boolean patient) throws InterruptedException {
        List<Request> requests = pending();
        while (requests.isEmpty()) {
            // Events only wake the broker up (the listing is the truth); a second's poll covers a lost one.
            try {
                WatchKey key = watcher.poll(patient ? 1000 : 100, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (ClosedWatchServiceException e) {
                throw new InterruptedException("prompt channel closed");
            }
            requests = pending();
            if (!patient) {
                break;
            }
        }
        return requests;
    }

    /** Answers a request: {@code answer} for the helper to print, or empty for the helper to fail. */
    void answer(Request request, Optional<String> answer) {
        String line = answer.map(text -> "+" + text).orElse("-") + "\n";
        try {
            BasicFileAttributes attributes = Files.readAttributes(request.fifo(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isOther()) {
                return; // not the helper's FIFO: nothing is ever written to a regular file
            }
            // Read and write: opening a FIFO so never waits for a reader, which a helper that was killed would never be.
            try (FileChannel fifo = FileChannel.open(request.fifo(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                fifo.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // The helper is gone (its job ended); nobody waits for this answer.
        }
    }

    @Override
    public void close() {
        LIVE.remove(helper.toString());
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing only frees the watch; nothing to report.
        }
        removeFolder();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway; the folder is gone already.
        }
    }

    private List<Request> pending() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + REQUEST)) {
            entries.forEach(files::add);
        } catch (IOException e) {
            return List.of();
        }
        // One comparator, not comparing().thenComparing(): their lambdas are serializable, which is costly to link.
        files.sort((a, b) -> {
            int order = Long.compare(modified(a), modified(b));
            return order != 0 ? order : a.toString().compareTo(b.toString());
        });
        List<Request> requests = new ArrayList<>();
        for (Path file : files) {
            read(file).ifPresent(requests::add);
        }
        return requests;
    }

    /** Reads and removes a request: the job, the helper's pid and its parent's, the kind, then the text to its end. */
    private Optional<Request> read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            Files.deleteIfExists(file);
            String[] parts = content.split("\n", 5);
            if (parts.length < 5) {
                return Optional.empty();
            }
            String id = file.getFileName().toString();
            id = id.substring(0, id.length() - REQUEST.length());
            Request.Kind kind = switch (parts[3]) {
                case "edit" -> Request.Kind.EDIT;
                case "edit-sequence" -> Request.Kind.EDIT_SEQUENCE;
                default -> Request.Kind.ASK;
            };
            return Optional.of(new Request(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]), kind, parts[4], folder.resolve(id + ".fifo")));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private void removeFolder() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Already gone, or a helper still removing its FIFO: what is left is in a folder only the user can open.
        }
    }

    /**
     * A new folder under {@code parent} that only the user may open. Not by Files.createTempDirectory,
     * whose first call seeds a SecureRandom for the name: 16 ms of CPU on the main thread of every parallel
     * run on a terminal, before its first process (async-profiler, fetch on ten repos). The name needs no
     * secret: making the folder fails if anything, a folder or a link, already has the name, and then
     * another is tried; nobody else can enter the one made.
     */
    private static Path privateFolder(Path parent) throws IOException {
        FileAttribute<Set<PosixFilePermission>> onlyUser =
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
        String prefix = "shoal-prompts-" + ProcessHandle.current().pid() + "-";
        for (int tries = 1; ; tries++) {
            try {
                String name = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
                return Files.createDirectory(parent.resolve(name), onlyUser);
            } catch (FileAlreadyExistsException e) {
                if (tries == 100) {
                    throw e;
                }
            }
        }
    }

    /** Under {@code $XDG_RUNTIME_DIR} (memory, the user's alone) when there is one, else the temp folder. */
    private static Path parent(Map<String, String> env) {
        for (String name : List.of("XDG_RUNTIME_DIR", "TMPDIR")) {
            String dir = env.get(name);
            if (dir != null && !dir.isEmpty() && Files.isDirectory(Path.of(dir)) && Files.isWritable(Path.of(dir))) {
                return Path.of(dir);
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * The helper, POSIX sh. Called as askpass with the prompt, or as editor ({@code --edit FILE}). Its
     * answer arrives on its FIFO, which it holds open read-write before asking, so an answer written
     * before it reads is kept; printf is sh's own, so no secret shows in a process's arguments.
     */
    private static String script(Path folder) {
        String quoted = "'" + folder.toString().replace("'", "'\\''") + "'";
        return String.join("\n",
                "#!/bin/sh",
                "# shoal's askpass and editor for one run: asks the shoal that wrote it, then answers as it says.",
                "dir=" + quoted,
                "umask 077",
                "id=$$",
                "trap 'rm -f \"$dir/$id.fifo\" \"$dir/$id.tmp\"' EXIT",
                "trap 'exit 1' HUP INT TERM",
                "case $1 in",
                "  --edit | --edit-sequence) kind=${1#--}; case $2 in /*) text=$2 ;; *) text=$PWD/$2 ;; esac ;;",
                "  *) kind=ask; text=$* ;;",
                "esac",
                "mkfifo \"$dir/$id.fifo\" || exit 1",
                "exec 3<>\"$dir/$id.fifo\" || exit 1",
                "printf '%s\\n%s\\n%s\\n%s\\n%s' \"${" + JOB_VARIABLE + "-}\" \"$$\" \"$PPID\" \"$kind\" \"$text\" > \"$dir/$id.tmp\" || exit 1",
                "mv \"$dir/$id.tmp\" \"$dir/$id" + REQUEST + "\" || exit 1",
                "IFS= read -r answer <&3 || exit 1",
                "case $answer in",
                "  +*) [ \"$kind\" = ask ] && printf '%s\\n' \"${answer#+}\"; exit 0 ;;",
                "  *) exit 1 ;;",
                "esac",
                "");
    }

    /** The folder, for tests that check it is private and goes away. */
    Path folder() {
        return folder;
    }

}
