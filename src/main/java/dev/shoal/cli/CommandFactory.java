package dev.shoal.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates command classes with the {@link Session} handed to their constructor, others as picocli would. */
final class CommandFactory implements CommandLine.IFactory {
    private final Session session;

    CommandFactory(Session session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Session.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(session));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
