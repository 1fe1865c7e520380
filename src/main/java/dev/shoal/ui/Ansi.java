package dev.shoal.ui;

import java.util.regex.Pattern;

/** Measuring text that may hold ANSI escape sequences, which take no columns on screen. */
public final class Ansi {
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]");

    private Ansi() {
    }

    public static String strip(String text) {
        return ESCAPE.matcher(text).replaceAll("");
    }

    public static int visibleLength(String text) {
        String plain = strip(text);
        return plain.codePointCount(0, plain.length());
    }
}
