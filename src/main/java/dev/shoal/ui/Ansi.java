package dev.shoal.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measuring and cutting text that may hold ANSI escape sequences, which take no columns on screen,
 * and wide characters (CJK, most emoji), which take two.
 */
public final class Ansi {
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]");
    private static final String ELLIPSIS = "…";
    private static final String RESET = "\u001b[0m";

    private Ansi() {
    }

    public static String strip(String text) {
        // Most text has no escapes at all; a table of a thousand lines asks this thousands of times.
        return text.indexOf('\u001b') < 0 ? text : ESCAPE.matcher(text).replaceAll("");
    }

    /** Columns the text takes on a terminal. */
    public static int visibleLength(String text) {
        String plain = strip(text);
        int columns = 0;
        for (int i = 0; i < plain.length(); ) {
            int codePoint = plain.codePointAt(i);
            columns += columns(codePoint);
            i += Character.charCount(codePoint);
        }
        return columns;
    }

    /**
     * The text cut to at most {@code width} columns, ending in an ellipsis when anything was cut.
     * Escape sequences are kept whole, and a reset is added if styling was cut off midway.
     */
    public static String truncate(String text, int width) {
        if (visibleLength(text) <= width) {
            return text;
        }
        if (width <= 0) {
            return "";
        }
        StringBuilder cut = new StringBuilder();
        int budget = width - 1; // room for the ellipsis
        int used = 0;
        boolean styled = false;
        Matcher escape = ESCAPE.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\u001b' && escape.find(i) && escape.start() == i) {
                cut.append(escape.group());
                styled = !escape.group().equals(RESET);
                i = escape.end();
                continue;
            }
            int codePoint = text.codePointAt(i);
            int columns = columns(codePoint);
            if (used + columns > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += columns;
            i += Character.charCount(codePoint);
        }
        cut.append(ELLIPSIS);
        if (styled) {
            cut.append(RESET);
        }
        return cut.toString();
    }

    /** Pads with spaces on the right to {@code width} columns (never cuts). */
    public static String padRight(String text, int width) {
        int missing = width - visibleLength(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    private static int columns(int codePoint) {
        if (codePoint == 0 || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.ENCLOSING_MARK || codePoint == 0x200B) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian wide and full-width ranges, plus the emoji planes. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
