package dev.shoal.ui;

import java.util.Map;

/** {@code --color=auto|always|never}; auto means colors on a terminal unless NO_COLOR is set. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    public boolean enabled(Terminal terminal, Map<String, String> env) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal.stdoutIsTerminal()
                    && isUnset(env.get("NO_COLOR"))
                    && !"dumb".equals(env.get("TERM"));
        };
    }

    private static boolean isUnset(String value) {
        return value == null || value.isEmpty();
    }
}
