package dev.shoal.cli;

import dev.shoal.files.JarText;
import dev.shoal.files.TabLines;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;

/**
 * picocli's model of shoal's command classes, from a file the build writes out of their annotations
 * (src/build/WriteSpecFile.java, into the jar as {@value #RESOURCE}), so that a start builds the commands it
 * runs with picocli's programmatic API and reads no annotation. Reading annotations was most of what
 * picocli's model cost a start: the JDK makes a proxy class for each annotation type it meets (eight in
 * {@code shoal ll}: picocli's five, {@code Retention}, and {@code Deprecated} and {@code IntrinsicCandidate}
 * from {@code Object}, whose methods picocli reads too), running its class-file writer in the interpreter
 * (bench/README.md, "Commands without annotations").
 *
 * <p>A class the file does not name, or a run without the file (classes run from an IDE), gets picocli's
 * reading of the annotations. The writer refuses what this class could not rebuild, and SpecFileTest
 * compares every command it rebuilds with picocli's own, field by field.
 *
 * <p>The format ({@link TabLines}): a line per fact, each class's facts after its {@code class} line; an
 * option's or a positional parameter's attributes follow it, up to its {@code end}. A range is written as
 * its five parts.
 */
final class SpecFile {
    static final String RESOURCE = "dev/shoal/cli/specs.txt";
    private static final String NONE = "-";

    private final Map<String, String> classes;
    private final IFactory factory;

    private SpecFile(Map<String, String> classes, IFactory factory) {
        this.classes = classes;
        this.factory = factory;
    }

    /** The jar's file, whose commands get {@code factory}'s objects; empty when the classes run without it. */
    static SpecFile load(IFactory factory) {
        return new SpecFile(read(), factory);
    }

    /** No file: every spec read from its class's annotations, as the build does to write the file. */
    static SpecFile none(IFactory factory) {
        return new SpecFile(Map.of(), factory);
    }

    /** The picocli command of a spec, whose subcommands and values the factory makes. */
    CommandLine commandLine(CommandSpec spec) {
        return new CommandLine(spec, factory);
    }

    /** A picocli command of that class, made by the factory. */
    CommandLine commandLine(Class<?> type) {
        try {
            return commandLine(spec(factory.create(type)));
        } catch (CommandLine.InitializationException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + type.getName() + ": " + e, e);
        }
    }

    /** Each class's lines, a text for each class, by name: a start splits only those of the classes it builds. */
    private static Map<String, String> read() {
        String text = JarText.read(RESOURCE).orElse("");
        Map<String, String> classes = new HashMap<>();
        String start = "\nclass\t";
        for (int at = text.indexOf(start); at >= 0; ) {
            int name = at + start.length();
            int end = text.indexOf('\n', name);
            int next = text.indexOf(start, end);
            classes.put(text.substring(name, end), text.substring(end + 1, next < 0 ? text.length() : next));
            at = next;
        }
        return classes;
    }

    /** The spec of {@code command}: rebuilt from the file, else read from its annotations by picocli. */
    CommandSpec spec(Object command) {
        String lines = classes.get(command.getClass().getName());
        if (lines == null) {
            return CommandSpec.forAnnotatedObject(command, factory);
        }
        try {
            return build(command, lines);
        } catch (Exception e) {
            throw new IllegalStateException("shoal's " + RESOURCE + " does not match " + command.getClass().getName(), e);
        }
    }

    private CommandSpec build(Object command, String lines) throws Exception {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, factory);
        Arg arg = null;
        for (String line : lines.split("\n")) {
            String[] fact = TabLines.fields(line);
            if (arg != null && !fact[0].equals("end")) {
                arg.set(fact);
                continue;
            }
            switch (fact[0]) {
                case "name" -> spec.name(fact[1]);
                case "aliases" -> spec.aliases(tail(fact, 1));
                case "description" -> spec.usageMessage().description(tail(fact, 1));
                case "footer" -> spec.usageMessage().footer(tail(fact, 1));
                case "customSynopsis" -> spec.usageMessage().customSynopsis(tail(fact, 1));
                case "hidden" -> spec.usageMessage().hidden(true);
                case "versionProvider" -> spec.versionProvider((CommandLine.IVersionProvider) create(fact[1]));
                case "subcommand" -> spec.addSubcommand(fact[1], commandLine(spec(create(fact[2]))));
                case "mixin" -> {
                    Field field = field(fact[2], fact[3]);
                    Object mixin = field.get(command) != null ? field.get(command) : create(fact[4]);
                    field.set(command, mixin);
                    spec.addMixin(fact[1], spec(mixin));
                }
                case "spec" -> field(fact[1], fact[2]).set(command, spec);
                case "option", "positional" -> arg = new Arg(fact, command);
                case "end" -> {
                    arg.addTo(spec);
                    arg = null;
                }
                case "standardHelp" -> spec.addMixin("mixinStandardHelpOptions", standardHelp());
                default -> throw new IllegalStateException("a fact shoal's " + RESOURCE + " cannot have: " + fact[0]);
            }
        }
        return spec;
    }

    /**
     * An option or a positional parameter, bound to its field or its setter method as picocli's annotation
     * reading binds it. (picocli's two builders share a class that is not public, hence the attributes held
     * here and given to either.)
     */
    private final class Arg {
        private final boolean option;
        private final String[] names;
        private final Object member;
        private final SetterValue value;
        private Range arity;
        private Range index;
        private String paramLabel;
        private Class<?> type;
        private Class<?>[] auxiliaryTypes;
        private ITypeConverter<?>[] converters = new ITypeConverter<?>[0];
        private String[] description;
        private String defaultValue;
        private String fallbackValue = "";
        private boolean negatable;
        private boolean required;
        private boolean hidden;
        private ScopeType scopeType = ScopeType.LOCAL;

        Arg(String[] fact, Object command) throws ReflectiveOperationException {
            option = fact[0].equals("option");
            names = tail(fact, 4);
            member = fact[1].equals("field") ? field(fact[2], fact[3]) : setter(fact[2], fact[3]);
            value = new SetterValue(member, command);
        }

        void set(String[] fact) throws Exception {
            switch (fact[0]) {
                case "arity" -> arity = range(fact);
                case "index" -> index = range(fact);
                case "paramLabel" -> paramLabel = fact[1];
                case "type" -> type = type(fact[1]);
                case "auxiliaryTypes" -> {
                    auxiliaryTypes = new Class<?>[fact.length - 1];
                    for (int i = 1; i < fact.length; i++) {
                        auxiliaryTypes[i - 1] = type(fact[i]);
                    }
                }
                case "converters" -> {
                    converters = new ITypeConverter<?>[fact.length - 1];
                    for (int i = 1; i < fact.length; i++) {
                        converters[i - 1] = (ITypeConverter<?>) create(fact[i]);
                    }
                }
                case "description" -> description = tail(fact, 1);
                case "defaultValue" -> defaultValue = fact[1];
                case "fallbackValue" -> fallbackValue = fact[1];
                case "negatable" -> negatable = true;
                case "required" -> required = true;
                case "hidden" -> hidden = true;
                case "scopeType" -> scopeType = ScopeType.valueOf(fact[1]);
                default -> throw new IllegalStateException("an attribute shoal's " + RESOURCE + " cannot have: " + fact[0]);
            }
        }

        /**
         * No initial value: picocli restores one before each parse, and a command object here parses once, with
         * its fields as they were made; reading each field's value took a start's first uses of reflection.
         * descriptionKey and prompt "": what an annotation without them gives.
         */
        void addTo(CommandSpec spec) {
            if (option) {
                spec.addOption(OptionSpec.builder(names).negatable(negatable).fallbackValue(fallbackValue)
                        .arity(arity).paramLabel(paramLabel).type(type).auxiliaryTypes(auxiliaryTypes).converters(converters)
                        .description(description).descriptionKey("").prompt("").defaultValue(defaultValue).required(required).hidden(hidden)
                        .scopeType(scopeType).userObject(member).getter(value).setter(value)
                        .hasInitialValue(false).build());
            } else {
                spec.addPositional(PositionalParamSpec.builder().index(index)
                        .arity(arity).paramLabel(paramLabel).type(type).auxiliaryTypes(auxiliaryTypes).converters(converters)
                        .description(description).descriptionKey("").prompt("").defaultValue(defaultValue).required(required).hidden(hidden)
                        .scopeType(scopeType).userObject(member).getter(value).setter(value)
                        .hasInitialValue(false).build());
            }
        }
    }

    /**
     * {@code -h, --help} and {@code -V, --version} as picocli's mixinStandardHelpOptions makes them, names
     * and all (a system property may rename them), but not by reading its own annotations.
     */
    private static CommandSpec standardHelp() {
        return CommandSpec.create()
                .addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").usageHelp(true).paramLabel("<helpRequested>")
                        .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").prompt("")
                        .build())
                .addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").versionHelp(true).paramLabel("<versionRequested>")
                        .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.").prompt("")
                        .build());
    }

    private Object create(String className) throws Exception {
        return factory.create(type(className));
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            default -> Class.forName(name, false, SpecFile.class.getClassLoader());
        };
    }

    private static Field field(String owner, String name) throws ReflectiveOperationException {
        Field field = type(owner).getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** The one-argument method of that name: options on methods are setters. */
    private static Method setter(String owner, String name) throws ReflectiveOperationException {
        for (Method method : type(owner).getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                method.setAccessible(true);
                return method;
            }
        }
        throw new NoSuchMethodException(owner + "." + name);
    }

    private static Range range(String[] fact) {
        return new Range(Integer.parseInt(fact[1]), Integer.parseInt(fact[2]), Boolean.parseBoolean(fact[3]),
                Boolean.parseBoolean(fact[4]), fact[5].equals(NONE) ? null : fact[5]);
    }

    private static String[] tail(String[] fact, int from) {
        String[] rest = new String[fact.length - from];
        System.arraycopy(fact, from, rest, 0, rest.length);
        return rest;
    }

    /**
     * Sets a field of a command object, or calls its setter method, as picocli's own bindings do; reading
     * gives the field's value, or the value the setter was last called with.
     */
    private static final class SetterValue implements IGetter, ISetter {
        private final Object member;
        private final Object target;
        private Object current;

        SetterValue(Object member, Object target) {
            this.member = member;
            this.target = target;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() throws IllegalAccessException {
            return (T) (member instanceof Field field ? field.get(target) : current);
        }

        @Override
        public <T> T set(T value) throws ReflectiveOperationException {
            T old = get();
            if (member instanceof Field field) {
                field.set(target, value);
            } else {
                ((Method) member).invoke(target, value);
                current = value;
            }
            return old;
        }
    }
}
