package dev.shoal.ui.live;

import dev.shoal.ui.Ansi;
import java.nio.charset.StandardCharsets;

/**
 * A job's output line made safe for one row of the live region: what is left after the last carriage
 * return, without escape sequences or control characters (anything that moves the cursor would break
 * the region's cursor math), tabs as spaces, trimmed.
 */
final class StatusText {
    private StatusText() {
    }

    static String of(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        int lastReturn = text.stripTrailing().lastIndexOf('\r');
        if (lastReturn >= 0) {
            text = text.substring(lastReturn + 1);
        }
        text = Ansi.strip(text);
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                clean.append(' ');
            } else if (!Character.isISOControl(c)) {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString().strip();
    }
}
