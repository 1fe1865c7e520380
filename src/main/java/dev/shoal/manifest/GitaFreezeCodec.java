package dev.shoal.manifest;

import dev.shoal.ShoalException;
import dev.shoal.files.CsvRows;
import dev.shoal.git.Remote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code gita freeze} prints, one repo a line: {@code URL,NAME,PATH} (newer gitas add {@code ,FLAGS}).
 * The path is where the repo was, absolute; the URL is its first remote's, cloned as {@code origin}.
 */
final class GitaFreezeCodec {
    private GitaFreezeCodec() {
    }

    /** Whether the text is gita's CSV rather than YAML: its first line has three or four comma-separated fields. */
    static boolean looksLike(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        if (first.startsWith("{") || first.startsWith("[") || first.startsWith("#")) {
            return false;
        }
        List<CsvRows.Row> rows = CsvRows.parse(first, ',');
        return !rows.isEmpty() && rows.getFirst().fields().size() >= 3 && rows.getFirst().fields().size() <= 4;
    }

    static Manifest read(Path file, String text) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.parse(text, ',')) {
            String url = row.field(0);
            String name = row.field(1);
            String path = row.field(2);
            if (row.fields().size() < 3 || row.fields().size() > 4 || url.isEmpty() || name.isEmpty() || path.isEmpty()) {
                throw ShoalException.config(file + ":" + row.line() + ":1: a gita freeze line is URL,NAME,PATH[,FLAGS]");
            }
            List<String> flags = Arrays.stream(row.field(3).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            entries.add(new ManifestEntry(name, Path.of(path), false, flags, List.of(Remote.of("origin", url)), Optional.empty()));
        }
        return new Manifest(entries, List.of());
    }
}
