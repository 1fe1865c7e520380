package dev.shoal.completion;

import dev.shoal.Keyed;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;

/**
 * What a value position takes, as the completion scripts read it: space-separated tokens, where a token
 * starting with {@code @} names a kind the scripts know how to list and any other token is a literal word.
 * <ul>
 *   <li>{@code @target} repos and groups, {@code @repo}, {@code @group}: from the index's name lists;</li>
 *   <li>{@code @dir}, {@code @file}: the file system; {@code @git}: git subcommands; {@code @command}: programs;</li>
 *   <li>{@code @text}: a value to type freely; {@code @flag}: an option that takes no value.</li>
 * </ul>
 * Commands say what they take through their parameter labels ({@code TARGET}, {@code REPO}, {@code GROUP},
 * {@code PATH} or {@code DIR}, {@code FILE} or {@code MANIFEST}, {@code GIT...}, {@code CMD...}; lowercase
 * parts of a label such as {@code GROUP|auto|none} are literal words), through enum types and picocli's
 * {@code completionCandidates}, or through a {@code Path}/{@code File} type. That keeps this in step with
 * every command, the user's programmatic ones included, with no list to maintain here.
 */
public final class ValueSpec {
    public static final String FLAG = "@flag";
    public static final String TEXT = "@text";

    private ValueSpec() {
    }

    public static String of(ArgSpec arg) {
        if (arg.isOption() && arg.arity().min() == 0 && arg.arity().max() == 0) {
            return FLAG;
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String part : arg.paramLabel().split("\\|")) {
            String label = part.replaceAll("[^A-Za-z0-9_-]", "");
            String kind = kindOfLabel(label);
            if (kind != null) {
                tokens.add(kind);
            } else if (!label.isEmpty() && label.equals(label.toLowerCase(Locale.ROOT))) {
                tokens.add(label);
            }
        }
        Class<?> element = element(arg);
        if (Keyed.class.isAssignableFrom(element) && element.isEnum()) {
            // Read by key (no-upstream, b_red): the spelling the parser takes, not the constant's name.
            for (Object constant : element.getEnumConstants()) {
                tokens.add(((Keyed) constant).key());
            }
        } else if (arg.completionCandidates() != null) {
            // Other enum values parse case-insensitively (ShoalCli), and lowercase is what people type.
            arg.completionCandidates().forEach(c -> tokens.add(element.isEnum() ? c.toLowerCase(Locale.ROOT) : c));
        }
        if (tokens.isEmpty() && (Path.class.isAssignableFrom(element(arg)) || File.class.isAssignableFrom(element(arg)))) {
            tokens.add("@file");
        }
        return tokens.isEmpty() ? TEXT : String.join(" ", tokens);
    }

    /** The type of one value: the element type of a list or array, else the type itself. */
    private static Class<?> element(ArgSpec arg) {
        Class<?>[] auxiliary = arg.auxiliaryTypes();
        return auxiliary != null && auxiliary.length > 0 ? auxiliary[0] : arg.type();
    }

    private static String kindOfLabel(String label) {
        String upper = label.toUpperCase(Locale.ROOT);
        if (!label.equals(upper) || label.isEmpty()) {
            return null;
        }
        return switch (upper) {
            case "TARGET", "TARGETS" -> "@target";
            case "REPO", "REPOS" -> "@repo";
            case "GROUP", "GROUPS" -> "@group";
            case "PATH", "PATHS", "DIR", "DIRS", "FOLDER" -> "@dir";
            case "FILE", "FILES", "MANIFEST" -> "@file";
            default -> upper.startsWith("GIT") ? "@git"
                    : upper.startsWith("CMD") || upper.startsWith("COMMAND") ? "@command" : null;
        };
    }
}
