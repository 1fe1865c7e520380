package dev.shoal.git;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads from a successful {@code git fetch} or {@code git pull}'s own output whether it changed the
 * repo. fetch prints a line per ref it moved, made or pruned ({@code    eb38c30..975c18b  main -> origin/main},
 * {@code  * [new tag]  v1 -> v1}) on stderr, and nothing when nothing changed; its flag column is the
 * same in every language. pull adds the merge's or rebase's words: {@code Already up to date.},
 * {@code Updating A..B}, {@code Successfully rebased and updated refs/heads/main.} Whatever cannot be
 * told for sure (quiet, dry runs, another language) is {@link Update#UNKNOWN}.
 */
public final class UpdateReader {
    /** A ref line of fetch's summary: flag (' ' fast-forward, '+' forced, '-' pruned, 't' tag, '*' new), then "X -> Y". */
    private static final Pattern REF_UPDATED = Pattern.compile("^ [ +\\-t*] \\S.* -> \\S.*");
    /** Words that hide or change what fetch would print. */
    private static final Set<String> HIDING = Set.of("-q", "--quiet", "--dry-run", "--porcelain");
    private static final Set<String> PULL_UP_TO_DATE = Set.of("Already up to date.", "Already up-to-date.");
    /** The rebase's last line follows its "Rebasing (1/1)" progress after \r and an erase-line code. */
    private static final Pattern PULL_UPDATED = Pattern.compile(
            "^(\\u001b\\[K)?(Updating [0-9a-f]+\\.\\.[0-9a-f]+|Fast-forward|Merge made by .*|Successfully rebased and updated .*)$");
    private static final Pattern REBASE_UP_TO_DATE = Pattern.compile("^Current branch .* is up to date\\.$");

    private UpdateReader() {
    }

    /** Whether {@code argv} (a whole command line, {@code git ...}) is one whose output says if it changed the repo. */
    public static boolean tells(List<String> argv) {
        Optional<String> subcommand = GitArgs.subcommand(argv);
        return subcommand.filter(s -> s.equals("fetch") || s.equals("pull")).isPresent()
                && GitArgs.subcommandArgs(argv).stream().noneMatch(HIDING::contains);
    }

    /** What the successful command {@code argv} printed says; the streams are read, not closed. */
    public static Update read(List<String> argv, InputStream stdout, InputStream stderr) throws IOException {
        if (!tells(argv)) {
            return Update.UNKNOWN;
        }
        if (anyLine(stderr, REF_UPDATED, PULL_UPDATED)) {
            return Update.UPDATED;
        }
        if (GitArgs.subcommand(argv).orElseThrow().equals("fetch")) {
            return Update.UP_TO_DATE;
        }
        return pullSaid(stdout);
    }

    private static Update pullSaid(InputStream stdout) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            if (PULL_UP_TO_DATE.contains(line) || REBASE_UP_TO_DATE.matcher(line).matches()) {
                return Update.UP_TO_DATE;
            }
            if (PULL_UPDATED.matcher(line).matches()) {
                return Update.UPDATED;
            }
        }
        return Update.UNKNOWN;
    }

    /** Lines end at \n or \r (progress rewrites its line with \r). */
    private static boolean anyLine(InputStream in, Pattern... patterns) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(line).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
