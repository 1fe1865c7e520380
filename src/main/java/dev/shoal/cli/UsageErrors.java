package dev.shoal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A usage mistake in shoal's words rather than picocli's ({@code Invalid value for positional parameter
 * at index 0..* (COLUMN)}, {@code expected one of [BASH, ZSH, FISH]}): what was wrong, named as the
 * help names it, with the words that would do.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String describe(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(UsageErrors::named).toList();
            return command + " needs " + joined(names, "and");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && words.getFirst().startsWith("-")) {
                return command + " has no option " + words.getFirst();
            }
            return command + " did not expect '" + String.join(" ", words) + "'";
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return named(overwritten.getOverwritten()) + " can be given once only";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getCause() instanceof CommandLine.TypeConversionException cause) {
            return invalidValue(arg, e.getValue(), cause);
        }
        String said = String.valueOf(e.getMessage());
        if (arg instanceof OptionSpec option
                && (said.startsWith("Expected parameter for option") || said.startsWith("Missing required parameter for option"))) {
            return option.longestName() + " needs a " + option.paramLabel() + " after it";
        }
        return said;
    }

    /**
     * A value that did not convert. shoal's own converters say what was wrong in their message; picocli's
     * are reworded: an enum's values listed as they are typed (lower case), a number called one.
     */
    private static String invalidValue(ArgSpec arg, String value, CommandLine.TypeConversionException cause) {
        String prefix = arg instanceof OptionSpec option ? option.longestName() + ": " : "";
        String said = String.valueOf(cause.getMessage());
        if (arg.type().isEnum() && said.startsWith("expected one of")) {
            List<String> choices = new ArrayList<>();
            for (Object constant : arg.type().getEnumConstants()) {
                choices.add(constant.toString().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            String name = arg instanceof PositionalParamSpec ? arg.paramLabel() + ": " : prefix;
            return name + "'" + value + "' is not one of " + joined(choices, "or");
        }
        if (said.matches("'.*' is not an? (int|long)")) {
            return prefix + "'" + value + "' is not a whole number";
        }
        return prefix + said;
    }

    /** As the usage line names it: {@code NEW}, {@code --name GROUP}. */
    private static String named(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + " " + arg.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String joined(List<String> words, String last) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " " + words.getLast();
    }
}
