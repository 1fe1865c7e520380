package dev.shoal.registry;

import java.util.Comparator;
import java.util.Locale;

/**
 * Names as people count them: runs of digits compare as numbers, so {@code r2} comes before
 * {@code r10}; the rest without regard to case, then with it, so the order is total and stable.
 */
final class NaturalOrder implements Comparator<String> {
    static final Comparator<String> NAMES = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int order = ignoringCase(a, b);
        // Not thenComparing: that lambda is serializable, which a start-up cache does not keep, and linking it
        // at each start cost every command that reads the registry 5 ms.
        return order != 0 ? order : a.compareTo(b);
    }

    private static int ignoringCase(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int order = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (order != 0) {
                    return order;
                }
                i = endA;
                j = endB;
            } else {
                int order = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (order != 0) {
                    return order;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Two runs of digits by value, however long (leading zeros aside), then the shorter run first ({@code 2} before {@code 02}). */
    private static int compareNumbers(String x, String y) {
        String a = stripZeros(x);
        String b = stripZeros(y);
        int order = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        return order != 0 ? order : Integer.compare(x.length(), y.length());
    }

    private static String stripZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
