package dev.shoal.cli;

import dev.shoal.Keyed;
import dev.shoal.config.InfoColumn;
import dev.shoal.config.StateColor;
import dev.shoal.git.StateFilter;
import dev.shoal.registry.CloseMatches;
import dev.shoal.config.Color;
import picocli.CommandLine;

/** Command-line words that name one of a fixed set (a state, a column, a color), with close matches for a typo. */
final class NameConverters {
    private NameConverters() {
    }

    abstract static class Named<E extends Enum<E> & Keyed> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        Named(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            return Keyed.byKey(type, value).orElseThrow(() ->
                    new CommandLine.TypeConversionException(CloseMatches.notOneOf(value, what, Keyed.keys(type))));
        }
    }

    static final class State extends Named<StateFilter> {
        State() {
            super(StateFilter.class, "state");
        }
    }

    static final class Column extends Named<InfoColumn> {
        Column() {
            super(InfoColumn.class, "column");
        }
    }

    static final class ColoredState extends Named<StateColor> {
        ColoredState() {
            super(StateColor.class, "state");
        }
    }

    static final class ColorName extends Named<Color> {
        ColorName() {
            super(Color.class, "color");
        }
    }
}
