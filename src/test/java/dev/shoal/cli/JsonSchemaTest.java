package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Json;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both JSON outputs held to the field lists in README.md ("JSON for scripts"): every field printed is
 * documented there, every documented field is printed, all in snake_case, each document with its schema.
 */
@ExtendWith(WorkspaceExtension.class)
class JsonSchemaTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_.\\[\\]]+)` \\|", Pattern.MULTILINE);

    @Test
    void llJsonHasExactlyTheDocumentedFields(Workspace ws) throws IOException {
        ws.registeredRepos("clean", "dirty", "gone");
        ws.git().commit(ws.path("src/dirty"), "README.md", "changed\n", "a change");
        Files.writeString(ws.path("src/dirty/README.md"), "uncommitted\n");
        ws.git().run(ws.path("src/clean"), "checkout", "-q", "--detach");
        deleteTree(ws.path("src/gone"));
        ProcessResult ll = ws.shoal("ll", "--json");
        Map<String, Object> document = Json.object(Json.parse(ll.stdout()));
        assertEquals(1L, ((Number) document.get("schema")).longValue());
        Set<String> printed = new TreeSet<>();
        paths(document, "", printed);
        assertEquals(documented("`ll --json`, one document:"), printed);
    }

    @Test
    void outputJsonHasExactlyTheDocumentedFields(Workspace ws) {
        ws.registeredRepos("api", "web");
        ProcessResult run = ws.shoal("st", "--output", "json");
        assertEquals(0, run.exitCode(), run.stderr());
        List<String> lines = run.lines();
        assertEquals(2, lines.size(), run.stdout());
        Set<String> expected = documented("`--output json`, one document per repo");
        for (String line : lines) {
            Map<String, Object> document = Json.object(Json.parse(line));
            assertEquals(1L, ((Number) document.get("schema")).longValue());
            Set<String> printed = new TreeSet<>();
            paths(document, "", printed);
            assertEquals(expected, printed, line);
        }
    }

    /** Every field's path, {@code repos[].commit.id}; all names snake_case. */
    private static void paths(Object value, String prefix, Set<String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                String name = (String) key;
                assertTrue(name.matches("[a-z]+(_[a-z]+)*"), "not snake_case: " + name);
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                out.add(path);
                paths(child, path, out);
            });
        } else if (value instanceof List<?> list && !prefix.equals("argv") && !prefix.endsWith("groups")) {
            list.forEach(item -> paths(item, prefix + "[]", out));
        }
    }

    /** The fields of the README table that follows {@code heading}. */
    private static Set<String> documented(String heading) {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int start = readme.indexOf(heading);
        assertTrue(start >= 0, "README has no '" + heading + "'");
        int end = readme.indexOf("\n\n", readme.indexOf("|---|", start));
        Matcher row = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Set<String> fields = new TreeSet<>();
        while (row.find()) {
            fields.add(row.group(1));
        }
        assertTrue(fields.size() > 5, "fields found under '" + heading + "': " + fields);
        return fields;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
