package dev.shoal.config;

import dev.shoal.config.Color;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's choices for {@code shoal ll}: its columns in order, and colors that differ from the
 * defaults. {@code extra} holds keys of settings.yml shoal does not know, kept through rewrites.
 */
public record Settings(List<InfoColumn> columns, Map<StateColor, Color> colors, Map<String, Object> extra) {

    public Settings {
        columns = List.copyOf(columns);
        colors = Map.copyOf(colors);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static Settings defaults() {
        return new Settings(InfoColumn.DEFAULTS, Map.of(), Map.of());
    }

    public Color color(StateColor state) {
        return colors.getOrDefault(state, state.defaultColor());
    }

    public Settings withColumns(List<InfoColumn> newColumns) {
        return new Settings(newColumns, colors, extra);
    }

    /** With {@code state} shown in {@code color}; the state's own default is not stored. */
    public Settings withColor(StateColor state, Color color) {
        Map<StateColor, Color> changed = new EnumMap<>(StateColor.class);
        changed.putAll(colors);
        if (color == state.defaultColor()) {
            changed.remove(state);
        } else {
            changed.put(state, color);
        }
        return new Settings(columns, changed, extra);
    }
}
