package dev.shoal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants users type and read by a lower-case name, as in {@code --only no-upstream}
 * or {@code info add branch-name}: the constant's name with dashes for underscores.
 */
public interface Keyed {
    /** Implemented by every enum. */
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Other names the parser takes for this constant (gita's, such as {@code local-ahead}); the key is the
     * one shoal shows, stores and completes.
     */
    default List<String> aliases() {
        return List.of();
    }

    static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key) || e.aliases().contains(key)).findFirst();
    }

    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
