package dev.shoal.ui;

import dev.shoal.config.Color;

/**
 * ANSI styling that turns itself off: with colors disabled every method returns the text as it is,
 * so callers never branch on color themselves.
 */
public final class Style {
    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String text) {
        return sgr("1", text);
    }

    public String dim(String text) {
        return sgr("2", text);
    }

    public String red(String text) {
        return sgr("31", text);
    }

    public String green(String text) {
        return sgr("32", text);
    }

    public String yellow(String text) {
        return sgr("33", text);
    }

    public String cyan(String text) {
        return sgr("36", text);
    }

    /** Applies any SGR parameter list, for example {@code "1;35"}. */
    public String sgr(String parameters, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + parameters + "m" + text + "\u001b[0m" : text;
    }

    /** The text in a user's chosen color, when colors are on; {@link Color#DEFAULT} leaves it as it is. */
    public String paint(Color color, String text) {
        return color.sgr().isEmpty() ? text : sgr(color.sgr(), text);
    }
}
