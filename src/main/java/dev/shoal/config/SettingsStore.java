package dev.shoal.config;

import dev.shoal.Keyed;
import dev.shoal.files.AtomicFile;
import dev.shoal.files.FileLocks;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import dev.shoal.registry.CloseMatches;
import dev.shoal.config.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code settings.yml} in the config home, read and written like {@code repos.yml}: mistakes are
 * reported as {@code settings.yml:LINE:COL}, writes are atomic under a lock, unknown keys survive.
 * <pre>
 * info: [branch, changes, message, time, path]
 * colors:
 *   ahead: b_purple
 * </pre>
 * Only what differs from the defaults is written.
 */
public final class SettingsStore {
    private static final String INFO = "info";
    private static final String COLORS = "colors";
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        return read(YamlFile.read(file));
    }

    /** Applies {@code change} to the newest settings, saves them if anything changed, and returns them. */
    public Settings update(UnaryOperator<Settings> change) {
        return FileLocks.withLock(file, () -> {
            Settings current = load();
            Settings changed = change.apply(current);
            if (!changed.equals(current)) {
                AtomicFile.write(file, YamlFile.dump(document(changed)).getBytes(StandardCharsets.UTF_8));
            }
            return changed;
        });
    }

    private static Settings read(YamlFile file) {
        if (file.root().isEmpty()) {
            return Settings.defaults();
        }
        YamlNodes yaml = new YamlNodes(file);
        Map<String, Node> top = yaml.mapping(file.root().get(), "settings.yml");
        Map<String, Object> extra = new LinkedHashMap<>();
        top.forEach((key, value) -> {
            if (!key.equals(INFO) && !key.equals(COLORS)) {
                extra.put(key, YamlNodes.plain(value));
            }
        });
        List<InfoColumn> columns = top.containsKey(INFO) ? columns(yaml, top.get(INFO)) : InfoColumn.DEFAULTS;
        Map<StateColor, Color> colors = new EnumMap<>(StateColor.class);
        yaml.mapping(top.get(COLORS), "'" + COLORS + "'").forEach((key, node) -> {
            StateColor state = named(file, node, key, StateColor.class, "state");
            String name = yaml.scalar(node, "the color of '" + key + "'");
            colors.put(state, named(file, node, name, Color.class, "color"));
        });
        return new Settings(columns, colors, extra);
    }

    private static List<InfoColumn> columns(YamlNodes yaml, Node node) {
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue()
                : YamlNodes.isNull(node) ? List.of() : List.of(node);
        List<InfoColumn> columns = new ArrayList<>();
        for (Node item : items) {
            String key = yaml.scalar(item, "each column in '" + INFO + "'");
            InfoColumn column = named(yaml.file(), item, key, InfoColumn.class, "column");
            if (columns.contains(column)) {
                throw yaml.file().error(item, "'" + key + "' is listed twice");
            }
            columns.add(column);
        }
        return columns;
    }

    /** The constant {@code key} names, or an error pointing at {@code node} with the close matches. */
    private static <E extends Enum<E> & Keyed> E named(YamlFile file, Node node, String key, Class<E> type, String what) {
        return Keyed.byKey(type, key).orElseThrow(() -> file.error(node, CloseMatches.notOneOf(key, what, Keyed.keys(type))));
    }

    private static Map<String, Object> document(Settings settings) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (!settings.columns().equals(InfoColumn.DEFAULTS)) {
            document.put(INFO, settings.columns().stream().map(InfoColumn::key).toList());
        }
        Map<String, Object> colors = new LinkedHashMap<>();
        for (StateColor state : StateColor.values()) {
            if (settings.colors().containsKey(state)) {
                colors.put(state.key(), settings.colors().get(state).key());
            }
        }
        if (!colors.isEmpty()) {
            document.put(COLORS, colors);
        }
        document.putAll(settings.extra());
        return document;
    }
}
