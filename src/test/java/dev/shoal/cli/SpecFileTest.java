package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands SpecFile rebuilds from the build's file are the commands picocli reads from the annotations:
 * every command, every option and positional parameter, field by field; and a start that runs a command
 * reads no annotation.
 */
@ExtendWith(WorkspaceExtension.class)
class SpecFileTest {
    /**
     * Fields of picocli's ArgSpec that differ by design. The bindings: SpecFile's own objects. The initial
     * value: SpecFile gives none (a command object parses once). A positional parameter's capacity as its
     * builder was given it (picocli's builder does not take one from outside; the capacity made from the
     * arity and the index is compared). toString and the "original" values: what
     * picocli keeps of the annotation's text, for its messages about the annotation itself. The rest: links
     * back to the command, or values made while parsing.
     */
    private static final Set<String> NOT_COMPARED = Set.of("getter", "setter", "scope", "annotatedElement", "initialValue",
            "hasInitialValue", "initialValueState", "toString", "originalDefaultValue", "originalMapFallbackValue",
            "originalFallbackValue", "commandSpec", "messages", "root", "group", "typeInfo", "converters", "preprocessor",
            "completionCandidates", "builderCapacity");

    /** -h and -V, which SpecFile binds to nothing: picocli binds them to a class of its own. */
    private static final Set<String> STANDARD_HELP_NOT_COMPARED = Stream.concat(NOT_COMPARED.stream(), Stream.of("userObject"))
            .collect(Collectors.toSet());

    @Test
    void everyCommandIsBuiltAsFromItsAnnotations(Workspace workspace) throws ReflectiveOperationException {
        Session session = session(workspace);
        CommandSpec annotated = ShoalCli.commandLineFromAnnotations(session).getCommandSpec();
        CommandSpec rebuilt = ShoalCli.commandLine(session).getCommandSpec();
        int compared = compare("shoal", annotated, rebuilt);
        assertTrue(compared > 150, "only " + compared + " arguments compared");
    }

    /** A start that runs a command reads no annotation: the JDK made no proxy class for one. */
    @Test
    void aRunReadsNoAnnotation(Workspace workspace) {
        workspace.registeredRepos("one");
        // A run in repos makes one proxy of its own, the SIGINT handler's (run/InterruptGuard): st and fetch,
        // commands of commands.yml, are built here for their help.
        for (List<String> args : List.of(List.of("--version"), List.of("ll"), List.of("ll", "--help"), List.of("group", "ls"),
                List.of("st", "--help"), List.of("fetch", "--only", "dirty", "--help"))) {
            List<String> command = new ArrayList<>(Workspace.javaCommand("dev.shoal.Main", args.toArray(String[]::new)));
            command.add(1, "-Djdk.proxy.debug=debug");
            ProcessResult result = ProcessResult.run(command, workspace.root(), workspace.env());
            assertEquals(0, result.exitCode(), args + ": " + result.stderr());
            assertFalse(result.stderr().contains("PROXY:"), args + " made a proxy class:\n" + result.stderr());
        }
    }

    /** The proxy classes the JDK makes for annotations are what the test above looks for: it would see them. */
    @Test
    void annotationsMakeProxiesThatTheTestSees(Workspace workspace) {
        List<String> command = new ArrayList<>(Workspace.javaCommand(Annotated.class.getName()));
        command.add(1, "-Djdk.proxy.debug=debug");
        ProcessResult result = ProcessResult.run(command, workspace.root(), workspace.env());
        assertTrue(result.stderr().contains("PROXY:"), result.stderr());
    }

    /** Reads an annotation, as picocli would. */
    static final class Annotated {
        public static void main(String[] args) {
            System.out.println(LlCommand.class.getAnnotation(CommandLine.Command.class).name());
        }
    }

    private static int compare(String path, CommandSpec annotated, CommandSpec rebuilt) throws ReflectiveOperationException {
        assertEquals(annotated.name(), rebuilt.name(), path);
        assertEquals(List.of(annotated.aliases()), List.of(rebuilt.aliases()), path);
        assertEquals(className(annotated.versionProvider()), className(rebuilt.versionProvider()), path);
        assertEquals(annotated.mixins().keySet(), rebuilt.mixins().keySet(), path);
        assertEquals(annotated.userObject().getClass(), rebuilt.userObject().getClass(), path);
        assertFields(path + " usage", annotated.usageMessage(), rebuilt.usageMessage(), Set.of("messages", "helpSectionRendererMap", "interpolator", "commandSpec"));
        assertEquals(annotated.args().size(), rebuilt.args().size(), path);
        int compared = 0;
        for (int i = 0; i < annotated.args().size(); i++) {
            ArgSpec expected = annotated.args().get(i);
            ArgSpec actual = rebuilt.args().get(i);
            String where = path + " " + expected.paramLabel() + " " + expected.userObject();
            boolean standardHelp = expected.userObject() instanceof Field field && field.getDeclaringClass().getSimpleName().equals("AutoHelpMixin");
            assertFields(where, expected, actual, standardHelp ? STANDARD_HELP_NOT_COMPARED : NOT_COMPARED);
            assertEquals(classes(expected.converters()), classes(actual.converters()), where);
            assertEquals(className(expected.preprocessor()), className(actual.preprocessor()), where);
            assertEquals(list(expected.completionCandidates()), list(actual.completionCandidates()), where);
            assertEquals(expected.type(), actual.type(), where);
            assertEquals(List.of(expected.auxiliaryTypes()), List.of(actual.auxiliaryTypes()), where);
            assertEquals(expected.typeInfo().isMultiValue(), actual.typeInfo().isMultiValue(), where);
            assertEquals(expected.typeInfo().isBoolean(), actual.typeInfo().isBoolean(), where);
            assertEquals(expected.typeInfo().isEnum(), actual.typeInfo().isEnum(), where);
            compared++;
        }
        assertEquals(annotated.subcommands().keySet(), rebuilt.subcommands().keySet(), path);
        for (Map.Entry<String, CommandLine> sub : annotated.subcommands().entrySet()) {
            compared += compare(path + " " + sub.getKey(), sub.getValue().getCommandSpec(),
                    rebuilt.subcommands().get(sub.getKey()).getCommandSpec());
        }
        return compared;
    }

    /** Every field of the two objects' classes and superclasses, but those named. */
    private static void assertFields(String where, Object expected, Object actual, Set<String> skipped)
            throws ReflectiveOperationException {
        assertEquals(expected.getClass(), actual.getClass(), where);
        for (Class<?> type = expected.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || skipped.contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                assertTrue(Objects.deepEquals(field.get(expected), field.get(actual)),
                        where + ": " + field.getName() + " " + shown(field.get(expected)) + " but " + shown(field.get(actual)));
            }
        }
    }

    private static String shown(Object value) {
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }

    private static List<String> classes(Object[] objects) {
        return Arrays.stream(objects).map(SpecFileTest::className).toList();
    }

    private static String className(Object object) {
        return object == null ? null : object.getClass().getName();
    }

    private static List<String> list(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        if (values != null) {
            values.forEach(list::add);
        }
        return list;
    }

    private static Session session(Workspace workspace) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return new Session(workspace.env(), workspace.root(), new ByteArrayInputStream(new byte[0]), sink, sink, () -> Terminal.PIPE);
    }
}
