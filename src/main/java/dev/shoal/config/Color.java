package dev.shoal.config;

import dev.shoal.Keyed;
import java.util.Locale;

/** The named colors users can choose, by the names gita uses: {@code red}, and {@code b_red} for bold red. */
public enum Color implements Keyed {
    DEFAULT(""),
    BLACK("30"), RED("31"), GREEN("32"), YELLOW("33"), BLUE("34"), PURPLE("35"), CYAN("36"), WHITE("37"),
    B_BLACK("30;1"), B_RED("31;1"), B_GREEN("32;1"), B_YELLOW("33;1"), B_BLUE("34;1"), B_PURPLE("35;1"),
    B_CYAN("36;1"), B_WHITE("37;1");

    private final String sgr;

    Color(String sgr) {
        this.sgr = sgr;
    }

    /** gita's spelling, underscore and all. */
    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The terminal's SGR parameters for this color ({@code 31;1}); empty for {@link #DEFAULT}. */
    public String sgr() {
        return sgr;
    }
}
