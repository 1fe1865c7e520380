package dev.shoal.completion;

import dev.shoal.config.ConfigHome;
import dev.shoal.files.AtomicFile;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The completion index: plain-text files in {@code completion/} of the config home that the shell
 * scripts in {@code completions/} read on every TAB, so a TAB never starts a JVM.
 * <ul>
 *   <li>{@code index}: a stamp line ({@code #shoal-completion 1 STAMP}), then the command table
 *       ({@link CommandTable});</li>
 *   <li>{@code repos}, {@code groups}, {@code git}: one name per line (git subcommands and aliases);</li>
 *   <li>{@code paths}: {@code NAME<TAB>PATH} per repo, read only after a git command's {@code --}, where
 *       git's own completion lists the branches of the first repo named on the line.</li>
 * </ul>
 * The stamp fingerprints what the index was made from (repos.yml, commands.yml, settings.yml and shoal
 * itself), so the index is remade exactly when one of them changed, hand edits included. Each file is
 * replaced atomically, and {@code index} last, so its stamp never claims more than is on disk.
 */
public record CompletionIndex(Path dir, List<Path> sources) {
    static final String HEADER = "#shoal-completion 1 ";

    public static CompletionIndex in(ConfigHome home) {
        return new CompletionIndex(home.dir().resolve("completion"),
                List.of(home.reposFile(), home.commandsFile(), home.settingsFile(), SourceStamp.code()));
    }

    /** The fingerprint of the sources as they are now; take it before reading them. */
    public String currentStamp() {
        return SourceStamp.of(sources);
    }

    /**
     * Whether the index on disk was made from sources with this stamp. This runs on every shoal start, so
     * it compares the file's first bytes through FileInputStream, which the JVM has set up already (NIO's
     * Files.newInputStream costs about 1 ms more on a cold start).
     */
    public boolean isUpToDate(String stamp) {
        byte[] expected = HEADER.concat(stamp).concat("\n").getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new FileInputStream(dir.resolve("index").toFile())) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the index for the command tree of {@code root}, the repos (name to path, in order) and names, stamped with {@code stamp}. */
    public void write(String stamp, CommandLine root, Map<String, Path> repos, Collection<String> groups,
                      Collection<String> gitCommands) {
        writeIfChanged("repos", repos.keySet());
        writeIfChanged("paths", repos.entrySet().stream().map(repo -> repo.getKey() + "\t" + repo.getValue()).toList());
        writeIfChanged("groups", groups);
        writeIfChanged("git", gitCommands);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + stamp);
        lines.addAll(CommandTable.lines(root));
        writeIfChanged("index", lines);
    }

    /** Skips files whose content is unchanged: each atomic write costs an fsync, and most runs change one list. */
    private void writeIfChanged(String name, Collection<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve(name);
        try {
            if (Arrays.equals(Files.readAllBytes(file), content)) {
                return;
            }
        } catch (IOException e) {
            // Missing or unreadable: write it.
        }
        AtomicFile.write(file, content);
    }
}
