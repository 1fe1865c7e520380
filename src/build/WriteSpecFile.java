import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import dev.shoal.files.TabLines;
import dev.shoal.ui.Terminal;
import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Range;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A build step (the pom runs it at process-classes, as a source-file program): writes the file from which
 * dev.shoal.cli.SpecFile rebuilds each command class's picocli model without reading annotations. It reads
 * them here instead, from picocli's model of every command (ShoalCli.commandLineFromAnnotations, from an empty config
 * home), and refuses an attribute SpecFile does not set: add it to both, or picocli's parsing would
 * differ from the annotations'.
 *
 * Usage: java -cp CLASSPATH WriteSpecFile.java OUTPUT_FILE
 */
public final class WriteSpecFile {
    private final Map<Class<?>, CommandSpec> specs = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>(List.of(
            "# Written by src/build/WriteSpecFile.java from the annotations of shoal's command classes; read by SpecFile."));

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("shoal-specs");
        try {
            Session session = new Session(Map.of("SHOAL_HOME", home.toString()), home, System.in, System.out, System.err,
                    () -> Terminal.PIPE);
            WriteSpecFile file = new WriteSpecFile();
            file.collect(ShoalCli.commandLineFromAnnotations(session).getCommandSpec());
            file.specs.forEach(file::write);
            Path output = Path.of(args[0]);
            Files.createDirectories(output.getParent());
            Files.write(output, file.lines);
        } finally {
            Files.deleteIfExists(home);
        }
    }

    /** Every class of the model once, the first spec made of it standing for all. */
    private void collect(CommandSpec spec) {
        if (specs.putIfAbsent(spec.userObject().getClass(), spec) != null) {
            return;
        }
        spec.mixins().forEach((name, mixin) -> {
            if (!name.equals("mixinStandardHelpOptions")) {
                collect(mixin);
            }
        });
        spec.subcommands().values().forEach(sub -> collect(sub.getCommandSpec()));
    }

    private void write(Class<?> type, CommandSpec spec) {
        refuse(!spec.argGroups().isEmpty() || !spec.unmatchedArgsBindings().isEmpty() || !spec.parentCommandElements().isEmpty(),
                type, "argument groups, @Unmatched or @ParentCommand");
        add("class", type.getName());
        Command command = type.getAnnotation(Command.class);
        if (command != null) {
            if (!command.name().equals(CommandSpec.DEFAULT_COMMAND_NAME)) {
                add("name", command.name());
            }
            if (command.aliases().length > 0) {
                add("aliases", command.aliases());
            }
            if (spec.versionProvider() != null) {
                add("versionProvider", spec.versionProvider().getClass().getName());
            }
            if (command.description().length > 0) {
                add("description", command.description());
            }
            if (command.footer().length > 0) {
                add("footer", command.footer());
            }
            if (command.customSynopsis().length > 0) {
                add("customSynopsis", command.customSynopsis());
            }
            if (command.hidden()) {
                add("hidden");
            }
            for (Class<?> sub : command.subcommands()) {
                add("subcommand", sub.getAnnotation(Command.class).name(), sub.getName());
            }
        }
        // picocli reads each class from Object down, its fields before its methods.
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            hierarchy.addFirst(c);
        }
        for (Class<?> c : hierarchy) {
            List<AccessibleObject> members = new ArrayList<>(Arrays.asList(c.getDeclaredFields()));
            members.addAll(Arrays.asList(c.getDeclaredMethods()));
            for (AccessibleObject member : members) {
                write(type, spec, member);
            }
        }
        if (spec.mixinStandardHelpOptions()) {
            add("standardHelp");
        }
    }

    private void write(Class<?> type, CommandSpec spec, AccessibleObject member) {
        String owner = ((Member) member).getDeclaringClass().getName();
        String memberName = ((Member) member).getName();
        if (member.isAnnotationPresent(Mixin.class)) {
            String name = spec.mixinAnnotatedElements().entrySet().stream()
                    .filter(entry -> entry.getValue().userObject().equals(member)).findFirst().orElseThrow().getKey();
            add("mixin", name, owner, memberName, ((Field) member).getType().getName());
        } else if (member.isAnnotationPresent(Spec.class)) {
            refuse(member.getAnnotation(Spec.class).value() != Spec.Target.SELF, type, "@Spec(MIXEE)");
            add("spec", owner, memberName);
        } else if (member.isAnnotationPresent(Option.class) || member.isAnnotationPresent(Parameters.class)) {
            ArgSpec arg = spec.args().stream().filter(a -> member.equals(a.userObject())).findFirst().orElseThrow();
            String kind = member instanceof Method ? "method" : "field";
            if (arg instanceof OptionSpec option) {
                add("option", new String[] {kind, owner, memberName}, option.names());
                writeOption(type, option);
            } else {
                add("positional", kind, owner, memberName);
                add("index", range(((PositionalParamSpec) arg).index()));
            }
            writeArg(type, arg);
            add("end");
        }
    }

    private void writeOption(Class<?> type, OptionSpec option) {
        refuse(option.usageHelp() || option.versionHelp() || option.order() != -1,
                type, "usageHelp, versionHelp or order on " + option.longestName());
        if (!option.fallbackValue().isEmpty()) {
            add("fallbackValue", option.fallbackValue());
        }
        if (option.negatable()) {
            add("negatable");
        }
    }

    private void writeArg(Class<?> type, ArgSpec arg) {
        refuse(arg.interactive() || arg.hideParamSyntax() || !arg.splitRegex().isEmpty() || arg.parameterConsumer() != null
                        || !arg.preprocessor().getClass().getSimpleName().equals("NoOpParameterPreprocessor")
                        || (arg.completionCandidates() != null && !arg.typeInfo().isEnum())
                        || arg.showDefaultValue() != CommandLine.Help.Visibility.ON_DEMAND || !arg.descriptionKey().isEmpty(),
                type, "an attribute SpecFile does not set, on " + arg.paramLabel());
        add("description", arg.description());
        add("arity", range(arg.arity()));
        add("paramLabel", arg.paramLabel());
        add("type", arg.type().getName());
        add("auxiliaryTypes", Arrays.stream(arg.auxiliaryTypes()).map(Class::getName).toArray(String[]::new));
        if (arg.converters().length > 0) {
            add("converters", Arrays.stream(arg.converters()).map(c -> c.getClass().getName()).toArray(String[]::new));
        }
        if (arg.defaultValue() != null) {
            add("defaultValue", arg.defaultValue());
        }
        if (arg.required()) {
            add("required");
        }
        if (arg.hidden()) {
            add("hidden");
        }
        if (arg.scopeType() != ScopeType.LOCAL) {
            add("scopeType", arg.scopeType().name());
        }
    }

    /** A range as its five parts; "-" for no original text. */
    private static String[] range(Range range) {
        return new String[] {Integer.toString(range.min()), Integer.toString(range.max()), Boolean.toString(range.isVariable()),
                Boolean.toString(range.isUnspecified()), range.originalValue() != null ? range.originalValue() : "-"};
    }

    private void add(String key, String... fields) {
        String[] line = new String[fields.length + 1];
        line[0] = key;
        System.arraycopy(fields, 0, line, 1, fields.length);
        lines.add(TabLines.line(line));
    }

    private void add(String key, String[] first, String[] rest) {
        String[] fields = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, fields, first.length, rest.length);
        add(key, fields);
    }

    private static void refuse(boolean unsupported, Class<?> type, String what) {
        if (unsupported) {
            throw new IllegalStateException(type.getName() + " uses " + what + ", which SpecFile does not rebuild: add it to both");
        }
    }
}
