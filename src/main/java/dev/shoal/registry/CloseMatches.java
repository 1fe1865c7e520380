package dev.shoal.registry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions for a mistyped name: a repo, a group, a column... */
public final class CloseMatches {
    private static final int MOST = 3;

    private CloseMatches() {
    }

    /** The closest names, best first: ones that contain the typed text, then ones a few edits away. */
    public static List<String> of(String typed, Collection<String> names) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        return names.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted) || distance(wanted, n.toLowerCase(Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt((String n) -> distance(wanted, n.toLowerCase(Locale.ROOT))).thenComparing(Registry.NAME_ORDER))
                .limit(MOST)
                .toList();
    }

    /** A clause to append to an error message, empty when nothing is close. */
    public static String hint(String typed, Collection<String> names) {
        List<String> close = of(typed, names);
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    /**
     * The error for a word that is not one of a fixed set, such as a column name:
     * {@code 'pth' is not a column; did you mean path? (columns: branch, path, ...)}.
     */
    public static String notOneOf(String typed, String what, Collection<String> known) {
        return "'" + typed + "' is not a " + what + hint(typed, known) + " (" + what + "s: " + String.join(", ", known) + ")";
    }

    /** Levenshtein distance, with two rows of memory. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
