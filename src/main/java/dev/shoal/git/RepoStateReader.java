package dev.shoal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads repos' states, many at once. Each work tree costs one {@code git status --porcelain=v2 --branch
 * --show-stash}, started for it alone; the last commit comes from the object files, an operation in
 * progress from the files git leaves in the git folder. A bare repo costs one {@code git for-each-ref},
 * a detached HEAD one {@code git tag --points-at} to name its tag.
 *
 * <p>How the last commit is read was chosen by measurement, on 100 small repos, 2 cores, a fresh JVM each
 * time: git status alone took 190 ms; with {@code git log -1} per repo, 320 ms; with JGit for the commit,
 * 610 to 740 ms (its class loading and first use dominate a short-lived process, and on first use it
 * measures the file system's timestamp resolution and writes the result under the user's home). Reading
 * the object files here costs about 15 ms for all 100, most of it loading the classes that do it. git
 * status is CPU-bound: 4, 8 and 16 processes at once took 241, 245 and 256 ms, so the bound is twice the
 * cores. Batches of repos for one {@code git for-each-repo} each cost git about 3 ms more a repo than a
 * status started alone (which for-each-repo starts anyway), so once a start cost shoal no more than git's
 * own (PosixSpawner), each status is started alone: on 100 repos and on 10, ll then took 0.93 of the
 * batched time (paired runs).
 */
public final class RepoStateReader {
    private static final String ABBREVIATED = "%.7s";
    private static final String BRANCH_REF = "refs/heads/";
    private final GitRunner git;
    private final Semaphore processes;

    /** {@code git} starts the git processes; {@code bound} how many at most run at once. */
    public RepoStateReader(GitRunner git, int bound) {
        this.git = git;
        this.processes = new Semaphore(bound);
    }

    public static int defaultBound() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Every repo's state, in the order given, read in parallel on virtual threads; each finds its own git
     * folder, so the first status starts before the last repo is looked at.
     */
    public List<RepoState> readAll(List<RepoLocation> repos) throws InterruptedException {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RepoState>> reads = new ArrayList<>(repos.size());
            for (RepoLocation repo : repos) {
                reads.add(pool.submit(() -> read(repo)));
            }
            List<RepoState> states = new ArrayList<>(repos.size());
            for (Future<RepoState> read : reads) {
                states.add(read.get());
            }
            return states;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    public RepoState read(RepoLocation repo) throws InterruptedException {
        return read(locate(repo));
    }

    /** A repo with its git folder found, or with its state already known when there is none to read. */
    private record Located(RepoLocation repo, Optional<GitDir> dir, boolean bare, Optional<RepoState> known) {
        static Located known(RepoLocation repo, RepoState state) {
            return new Located(repo, Optional.empty(), false, Optional.of(state));
        }
    }

    private static Located locate(RepoLocation repo) {
        Path path = repo.path();
        RepoCheck check = RepoCheck.of(path, repo.flags());
        if (check.missing()) {
            return Located.known(repo, RepoState.missing(path));
        }
        if (!check.ok()) {
            return Located.known(repo, RepoState.broken(path, check.problem()));
        }
        return new Located(repo, check.dir(), repo.bare() || check.dir().get().bareAt(path), Optional.empty());
    }

    private RepoState read(Located located) throws InterruptedException {
        if (located.known().isPresent()) {
            return located.known().get();
        }
        RepoLocation repo = located.repo();
        try {
            GitDir dir = located.dir().orElseThrow();
            return located.bare() ? readBare(repo, dir) : readWorkTree(repo, dir);
        } catch (IOException | UncheckedIOException e) {
            return RepoState.broken(repo.path(), "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            // One repo's surprise must not cost the user the whole table; the line says what happened.
            return RepoState.broken(repo.path(), "shoal could not make sense of this repo (please report it): " + e);
        }
    }

    private RepoState readWorkTree(RepoLocation repo, GitDir dir) throws IOException, InterruptedException {
        GitResult result = git(repo, "status", "--porcelain=v2", "--branch", "--show-stash");
        if (!result.ok()) {
            return RepoState.broken(repo.path(), result.problem());
        }
        PorcelainStatus status = StatusParser.parse(result.stdout());
        if (status.branch().filter(StatusParser.UNRESOLVED_HEAD::equals).isPresent()) {
            return RepoState.broken(repo.path(), "HEAD cannot be resolved to a commit: the ref it names is damaged");
        }
        Tracking tracking = Tracking.NO_UPSTREAM;
        if (status.branch().isPresent() && status.upstream().isPresent()) {
            // git prints no ahead/behind line when the upstream's ref does not exist.
            tracking = status.ahead().isEmpty() ? Tracking.GONE
                    : Tracking.of(status.ahead().getAsInt(), status.behind().getAsInt());
        }
        return new RepoState(repo.path(), RepoState.Health.OK, Optional.empty(), false,
                status.branch(), detachedAt(repo, status.branch(), status.commit()), status.commit().isEmpty(),
                status.upstream(), tracking, status.ahead().orElse(0), status.behind().orElse(0),
                status.changes(), Operation.inProgress(dir.gitDir()), lastCommit(repo, dir, status.commit()));
    }

    private RepoState readBare(RepoLocation repo, GitDir dir) throws IOException, InterruptedException {
        String head = HeadFile.raw(dir.gitDir());
        if (!head.startsWith("ref: ")) {
            Optional<String> commit = Optional.of(head);
            return bareState(repo, dir, Optional.empty(), commit, Optional.empty(), Tracking.NO_UPSTREAM, 0, 0);
        }
        String ref = head.substring("ref: ".length());
        Optional<String> branch = Optional.of(ref.startsWith(BRANCH_REF) ? ref.substring(BRANCH_REF.length()) : ref);
        GitResult result = git(repo, "for-each-ref",
                "--format=%(refname)%00%(objectname)%00%(upstream:short)%00%(upstream:track,nobracket)", ref);
        if (!result.ok()) {
            return RepoState.broken(repo.path(), result.problem());
        }
        for (String line : result.stdout().split("\n")) {
            String[] fields = line.split("\0", -1);
            if (fields.length == 4 && fields[0].equals(ref)) {
                Optional<String> upstream = Optional.of(fields[2]).filter(u -> !u.isEmpty());
                int ahead = count(fields[3], "ahead ");
                int behind = count(fields[3], "behind ");
                Tracking tracking = upstream.isEmpty() ? Tracking.NO_UPSTREAM
                        : fields[3].equals("gone") ? Tracking.GONE : Tracking.of(ahead, behind);
                return bareState(repo, dir, branch, Optional.of(fields[1]), upstream, tracking, ahead, behind);
            }
        }
        return bareState(repo, dir, branch, Optional.empty(), Optional.empty(), Tracking.NO_UPSTREAM, 0, 0);
    }

    private RepoState bareState(RepoLocation repo, GitDir dir, Optional<String> branch, Optional<String> commit,
                                Optional<String> upstream, Tracking tracking, int ahead, int behind)
            throws IOException, InterruptedException {
        return new RepoState(repo.path(), RepoState.Health.OK, Optional.empty(), true, branch,
                detachedAt(repo, branch, commit), commit.isEmpty(), upstream, tracking, ahead, behind,
                Changes.NONE, Optional.empty(), lastCommit(repo, dir, commit));
    }

    /** The number after {@code word} in for-each-ref's "ahead 2, behind 1". */
    private static int count(String track, String word) {
        int at = track.indexOf(word);
        if (at < 0) {
            return 0;
        }
        String rest = track.substring(at + word.length());
        int end = rest.indexOf(',');
        return Integer.parseInt((end < 0 ? rest : rest.substring(0, end)).strip());
    }

    /** For a detached HEAD: a tag pointing at it (the first by name), else its abbreviated id. */
    private Optional<String> detachedAt(RepoLocation repo, Optional<String> branch, Optional<String> commit)
            throws IOException, InterruptedException {
        if (branch.isPresent() || commit.isEmpty()) {
            return Optional.empty();
        }
        GitResult tags = git(repo, "tag", "--points-at", commit.get());
        Optional<String> tag = tags.ok() ? tags.stdout().lines().findFirst() : Optional.empty();
        return tag.or(() -> Optional.of(ABBREVIATED.formatted(commit.get())));
    }

    /**
     * From the object files; from git when they hold it in a way this reader does not know, or when
     * {@code git replace} may have put another commit in its place.
     */
    private Optional<LastCommit> lastCommit(RepoLocation repo, GitDir dir, Optional<String> commit)
            throws IOException, InterruptedException {
        if (commit.isEmpty()) {
            return Optional.empty();
        }
        String id = commit.get();
        // git log shows a replaced commit's replacement (following chains, unless core.useReplaceRefs is
        // off): rather than redo all that, such a commit, or one whose refs cannot be read here, is git's to read.
        boolean mayBeReplaced = RefFiles.exists(dir.commonDir(), "refs/replace/" + id).orElse(true);
        Optional<GitObject> object = mayBeReplaced ? Optional.empty() : ObjectDatabase.of(dir.commonDir()).read(id);
        if (object.isEmpty()) {
            processes.acquire();
            try {
                object = git.bytes(repo.path(), repo.flags(), List.of("cat-file", "commit", id)).map(raw -> new GitObject("commit", raw));
            } finally {
                processes.release();
            }
        }
        return object.filter(o -> o.type().equals("commit")).map(o -> LastCommit.parse(id, o.content()));
    }

    private GitResult git(RepoLocation repo, String... args) throws IOException, InterruptedException {
        processes.acquire();
        try {
            return git.run(repo.path(), repo.flags(), List.of(args));
        } finally {
            processes.release();
        }
    }
}
