package dev.shoal.registry;

import dev.shoal.files.AtomicFile;
import dev.shoal.files.TabLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The registry as {@code repos.yml} last gave it, kept beside it as {@code .repos.yml.snapshot} in lines
 * that are read without YAML: a start runs in the interpreter, where SnakeYAML took 27 ms for 100 repos
 * before the first repo's git could start. The snapshot names the file's content it was made from (its
 * length and CRC-32), and is taken only for that content: an edit by hand, by another shoal, or any
 * change at all makes the next read parse the YAML again and write a new snapshot. It is written only
 * from a registry the YAML gave and shoal checked, and only when that holds nothing but what shoal knows
 * (keys shoal does not know keep their YAML, which these lines do not hold). A snapshot that cannot be
 * read or written is passed over: the YAML is the registry.
 */
final class RegistrySnapshot {
    private static final String FORMAT = "shoal registry snapshot 1";

    private RegistrySnapshot() {
    }

    /** Where the snapshot of {@code reposFile} is kept. */
    static Path of(Path reposFile) {
        return reposFile.resolveSibling("." + reposFile.getFileName() + ".snapshot");
    }

    /** The registry {@code yaml} gives, from the snapshot made from that content; empty when there is none. */
    static Optional<Registry> read(Path snapshot, byte[] yaml) {
        List<String> lines;
        try {
            lines = Files.readAllLines(snapshot, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // none yet, or unreadable: the YAML says
        }
        if (lines.isEmpty() || !lines.getFirst().equals(TabLines.line(FORMAT, key(yaml)))) {
            return Optional.empty();
        }
        try {
            Registry registry = new Registry();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = TabLines.fields(line);
                switch (fields[0]) {
                    case "repo" -> registry.addRepo(new Repo(fields[1], Path.of(fields[2]), fields[3].equals("bare"),
                            rest(fields, 4), Map.of()));
                    case "group" -> registry.putGroup(new Group(fields[1], rest(fields, 3),
                            fields[2].isEmpty() ? Optional.empty() : Optional.of(Path.of(fields[2])), Map.of()));
                    case "context" -> registry.setContext(Optional.of(fields[1]));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(registry);
        } catch (RuntimeException e) {
            return Optional.empty(); // damaged: made again from the YAML
        }
    }

    /** Keeps {@code registry}, which {@code yaml} gave, unless it holds keys shoal does not know. */
    static void write(Path snapshot, byte[] yaml, Registry registry) {
        if (!registry.extra().isEmpty() || registry.repos().stream().anyMatch(repo -> !repo.extra().isEmpty())
                || registry.groups().stream().anyMatch(group -> !group.extra().isEmpty())) {
            return;
        }
        StringBuilder text = new StringBuilder(TabLines.line(FORMAT, key(yaml))).append('\n');
        for (Repo repo : registry.repos()) {
            List<String> fields = new ArrayList<>(List.of("repo", repo.name(), repo.path().toString(), repo.bare() ? "bare" : ""));
            fields.addAll(repo.flags());
            text.append(TabLines.line(fields.toArray(String[]::new))).append('\n');
        }
        for (Group group : registry.groups()) {
            List<String> fields = new ArrayList<>(List.of("group", group.name(), group.path().map(Path::toString).orElse("")));
            fields.addAll(group.members());
            text.append(TabLines.line(fields.toArray(String[]::new))).append('\n');
        }
        registry.context().ifPresent(context -> text.append(TabLines.line("context", context)).append('\n'));
        try {
            AtomicFile.write(snapshot, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            // A config home shoal may not write to: each read parses the YAML, as before.
        }
    }

    /** The content a snapshot was made from: its length and CRC-32. */
    private static String key(byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        return yaml.length + " " + Long.toHexString(crc.getValue());
    }

    private static List<String> rest(String[] fields, int from) {
        return List.copyOf(Arrays.asList(fields).subList(from, fields.length));
    }
}
