package dev.shoal.git;

import dev.shoal.run.GitReader;
import dev.shoal.run.OsLauncher;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.testing.Git;
import dev.shoal.testing.Workspace;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of the last commit's fields: one repo per odd commit (charsets, whitespace,
 * idents, replace refs, packed or loose, through the object files or through git), each read by
 * {@link RepoStateReader} and compared with what {@code git log -1 --format=%s/%an/%ct} prints for it.
 * Most commits are written byte by byte with {@code git hash-object --literally}, since no git
 * command makes them; a few cases also pin the value, so a change in git's rules shows too.
 */
class CommitFieldsTest {
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String COMMITTER = "committer C O Mitter <c@example.com> 1700003600 +0100\n";

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Git git;
    static final Map<String, Path> repos = new LinkedHashMap<>();

    @BeforeAll
    static void makeTheRepos() throws IOException {
        workspace = new Workspace(temp.toRealPath());
        git = workspace.git();
        Charset latin1 = StandardCharsets.ISO_8859_1;
        literal("latin1", latin1, "author J\u00fcrgen M\u00fcller <j@example.com> 1700000000 +0100\n" + COMMITTER
                + "encoding ISO-8859-1\n", "Gr\u00f6\u00dfe \u00e4ndern\n");
        literal("latin1-lowercase-alias", latin1, "author Fran\u00e7ois <f@example.com> 1 +0000\n" + COMMITTER
                + "encoding latin1\n", "D\u00e9j\u00e0 vu\n");
        literal("cp1252", CP1252, "author Zo\u00eb \u201cZ\u201d <z@example.com> 1 +0000\n" + COMMITTER
                + "encoding CP1252\n", "\u201cQuoted\u201d \u2013 \u20ac5\n");
        literal("shift-jis", SHIFT_JIS, "author \u5c71\u7530\u592a\u90ce <y@example.com> 1 +0000\n" + COMMITTER
                + "encoding Shift_JIS\n", "\u65e5\u672c\u8a9e\u306e\u30b3\u30df\u30c3\u30c8\n");
        literal("unknown-encoding", latin1, "author J\u00fcrgen <j@example.com> 1 +0000\n" + COMMITTER
                + "encoding x-no-such-charset\n", "Caf\u00e9\n");
        literal("not-in-its-encoding", latin1, "author Ren\u00e9 <r@example.com> 1 +0000\n" + COMMITTER
                + "encoding Shift_JIS\n", "\u00e0\u00e9\u00ee \u00fc\n");
        literal("utf8-header", StandardCharsets.UTF_8, "author J\u00fcrgen <j@example.com> 1 +0000\n" + COMMITTER
                + "encoding utf8\n", "\u00dcn\u00efc\u00f6d\u00e9\n");
        committedWithEncoding("git-commit-latin1");
        literal("trailing-unicode-space-and-form-feed", StandardCharsets.UTF_8, author("A") + COMMITTER, "\n \t\n  Lead kept\f \u00a0\n"
                + "second\u2003line\t\r\n\u000b\nbody\n");
        literal("crlf", StandardCharsets.UTF_8, author("A") + COMMITTER, "Windows line\r\nwrapped\r\n\r\nbody\r\n");
        literal("only-whitespace-message", StandardCharsets.UTF_8, author("A") + COMMITTER, " \t\r\n\n");
        literal("nul-ends-the-message", StandardCharsets.UTF_8, author("A") + COMMITTER, "before\0after\n");
        literal("ident-without-space", StandardCharsets.UTF_8, "author Jane Doe<jane@example.com> 1 +0000\n" + COMMITTER, "s\n");
        literal("ident-double-spaces", StandardCharsets.UTF_8, "author Jane  Doe  <jane@example.com> 1 +0000\n" + COMMITTER, "s\n");
        literal("ident-leading-space", StandardCharsets.UTF_8, "author  Jane <jane@example.com> 1 +0000\n" + COMMITTER, "s\n");
        literal("ident-no-name", StandardCharsets.UTF_8, "author <jane@example.com> 1 +0000\n" + COMMITTER, "s\n");
        literal("ident-no-mail", StandardCharsets.UTF_8, "author Jane Doe 1 +0000\n" + COMMITTER, "s\n");
        literal("two-author-lines", StandardCharsets.UTF_8, author("First") + author("Second") + COMMITTER, "s\n");
        literal("committer-without-zone", StandardCharsets.UTF_8, author("A") + "committer C <c@example.com> 1700003600\n", "s\n");
        literal("committer-extra-spaces", StandardCharsets.UTF_8, author("A") + "committer C <c@example.com>   1700003600   -0230\n", "s\n");
        replaced("replaced");
        replaced("replaced-packed");
        git.run(repos.get("replaced-packed"), "pack-refs", "--all");
        replaced("replace-refs-off");
        git.run(repos.get("replace-refs-off"), "config", "core.useReplaceRefs", "false");
        Path packed = literal("latin1-packed", latin1, "author J\u00fcrgen <j@example.com> 1 +0000\n" + COMMITTER
                + "encoding ISO-8859-1\n", "Packed na\u00efvet\u00e9\n");
        git.run(packed, "gc", "-q");
    }

    @TestFactory
    Stream<DynamicTest> everyCommitReadsAsGitLogPrintsIt() {
        return repos.entrySet().stream().map(repo -> DynamicTest.dynamicTest(repo.getKey(),
                () -> assertEquals(gitSays(repo.getValue()), shoalSays(repo.getValue()), repo.getKey())));
    }

    @Test
    void theCasesOfTheIssueReadAsGitReadsThem() throws Exception {
        assertEquals("J\u00fcrgen M\u00fcller", shoalSays(repos.get("latin1")).author());
        assertEquals("Gr\u00f6\u00dfe \u00e4ndern", shoalSays(repos.get("latin1")).subject());
        assertEquals("\u5c71\u7530\u592a\u90ce", shoalSays(repos.get("shift-jis")).author());
        assertEquals("\u201cQuoted\u201d \u2013 \u20ac5", shoalSays(repos.get("cp1252")).subject());
        assertEquals("  Lead kept\f \u00a0 second\u2003line \u000b body", shoalSays(repos.get("trailing-unicode-space-and-form-feed")).subject());
        assertEquals("Jane Doe", shoalSays(repos.get("ident-without-space")).author());
        assertEquals("Jane  Doe", shoalSays(repos.get("ident-double-spaces")).author());
        assertEquals("the replacement \u00e9t\u00e9", shoalSays(repos.get("replaced")).subject(), "the fields of the replacement");
        assertEquals("the original", shoalSays(repos.get("replace-refs-off")).subject());
        assertEquals(Optional.empty(), shoalSays(repos.get("committer-without-zone")).time());
    }

    @Test
    void aStrayIndexDoesNotHideThePacks() throws Exception {
        Path repo = repos.get("latin1-packed");
        Path pack = workspace.path("latin1-packed/.git/objects/pack");
        try (Stream<Path> files = Files.list(pack)) {
            Path idx = files.filter(p -> p.toString().endsWith(".idx")).findFirst().orElseThrow();
            // Sorted before the real one, so it is met first: one whose pack is gone, one that is no index.
            Files.copy(idx, pack.resolve("pack-0000000000000000000000000000000000000000.idx"));
            Files.write(pack.resolve("pack-0000000000000000000000000000000000000001.idx"), new byte[0]);
            Files.write(pack.resolve("pack-0000000000000000000000000000000000000001.pack"), new byte[0]);
        }
        String head = git.run(repo, "rev-parse", "HEAD").strip();
        Optional<GitObject> read = ObjectDatabase.of(repo.resolve(".git")).read(head);
        assertEquals("commit", read.map(GitObject::type).orElse("not found"), "read from the pack, not handed to git");
        assertEquals(gitSays(repo), shoalSays(repo));
    }

    private static LastCommit shoalSays(Path repo) throws Exception {
        RepoState state = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, workspace.env()), 2).read(new RepoLocation(repo, false, List.of()));
        LastCommit commit = state.lastCommit().orElseThrow(() -> new AssertionError("no commit read in " + repo + ": " + state));
        return new LastCommit("", commit.subject(), commit.author(), commit.time());
    }

    /** git's own answer; the fields are NUL-separated, and the output is UTF-8, whatever the commits hold. */
    private static LastCommit gitSays(Path repo) {
        String out = git.run(repo, "-c", "i18n.logOutputEncoding=UTF-8", "log", "-1", "--format=%s%x00%an%x00%ct");
        String[] fields = out.substring(0, out.length() - 1).split("\0", -1);
        Optional<Instant> time = fields[2].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(fields[2])));
        return new LastCommit("", fields[0], fields[1], time);
    }

    private static String author(String name) {
        return "author " + name + " <a@example.com> 1700000000 +0000\n";
    }

    /** A repo whose main branch is one commit, written byte for byte in {@code charset}. */
    private static Path literal(String name, Charset charset, String headers, String message) throws IOException {
        Path repo = workspace.repo(name);
        String id = writeCommit(repo, charset, headers, message);
        git.run(repo, "update-ref", "refs/heads/main", id);
        repos.put(name, repo);
        return repo;
    }

    private static String writeCommit(Path repo, Charset charset, String headers, String message) throws IOException {
        String tree = git.run(repo, "rev-parse", "HEAD^{tree}").strip();
        Path file = temp.resolve("commit-object");
        Files.write(file, ("tree " + tree + "\n" + headers + "\n" + message).getBytes(charset));
        return git.run(repo, "hash-object", "-t", "commit", "-w", "--literally", file.toString()).strip();
    }

    /** {@code git commit} itself with {@code i18n.commitEncoding}, the message file in that charset. */
    private static void committedWithEncoding(String name) throws IOException {
        Path repo = workspace.repo(name);
        Path message = temp.resolve("message");
        Files.write(message, "Cr\u00e8me br\u00fbl\u00e9e\n\nbody\n".getBytes(StandardCharsets.ISO_8859_1));
        git.run(repo, "-c", "i18n.commitEncoding=ISO-8859-1", "commit", "-q", "--allow-empty", "-F", message.toString());
        repos.put(name, repo);
    }

    /** HEAD's commit replaced ({@code git replace}) by one in Latin-1, which git reads in its place. */
    private static void replaced(String name) throws IOException {
        Path repo = workspace.repo(name);
        git.run(repo, "commit", "-q", "--allow-empty", "-m", "the original");
        String head = git.run(repo, "rev-parse", "HEAD").strip();
        String replacement = writeCommit(repo, StandardCharsets.ISO_8859_1, "author Ren\u00e9e <r@example.com> 1 +0000\n"
                + COMMITTER + "encoding ISO-8859-1\n", "the replacement \u00e9t\u00e9\n");
        git.run(repo, "replace", head, replacement);
        repos.put(name, repo);
    }
}
