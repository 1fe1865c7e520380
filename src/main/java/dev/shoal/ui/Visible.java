package dev.shoal.ui;

/**
 * Text from repos (names, branches, commit subjects, paths) made safe for a terminal: every control
 * character is shown rather than obeyed, in the caret notation {@code less} and {@code cat -v} use,
 * so {@code ESC]0;title BEL} prints as {@code ^[]0;title^G} and a line break inside a name as
 * {@code ^J}. C0 controls and DEL become {@code ^X}; C1 controls (U+0080 to U+009F), which some
 * terminals also obey, become {@code <U+009B>} as in {@code less}. Piped and JSON output keep the bytes
 * as git gave them: this is for what a person reads.
 */
public final class Visible {
    private Visible() {
    }

    public static String of(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text; // the usual case, without copying
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            if (c < 0x20) {
                shown.append('^').append((char) (c + '@'));
            } else if (c == 0x7f) {
                shown.append("^?");
            } else if (c >= 0x80 && c <= 0x9f) {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }
}
