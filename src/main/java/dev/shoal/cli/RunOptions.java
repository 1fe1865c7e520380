package dev.shoal.cli;

import dev.shoal.config.DurationValue;
import dev.shoal.ui.output.OutputMode;
import dev.shoal.ui.output.ReportOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that runs something in repos. */
final class RunOptions {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = AtLeastOne.class,
            description = "At most N repos at once (default: " + Parallelism.DEFAULT_DESCRIPTION + ").")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Stop a repo's command, and all it started, after TIME (90, 30s, 5m, 1h).")
    Duration timeout;

    @Option(names = "--retry", paramLabel = "N", converter = NotNegative.class,
            description = "Run a network command up to N more times after a transient failure (default: 0).")
    int retry;

    @Option(names = "--retry-interactive", negatable = true,
            description = "Then rerun the repos that needed credentials one at a time with the terminal attached "
                    + "(default: on when stdin and stdout are a terminal).")
    Boolean retryInteractive;

    @Option(names = "--output", paramLabel = "MODE",
            description = "live, blocks, stream or json (default: live on a terminal, else blocks).")
    OutputMode output;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "done",
            description = "Print repos as they are done (done, the default) or by name (name).")
    ReportOrder order;

    /** The timeout on the command line, else the command's own. */
    Optional<Duration> timeoutOr(Optional<Duration> commandTimeout) {
        return timeout != null ? Optional.of(timeout) : commandTimeout;
    }

    /** These options as they would be typed again, for the rerun command. */
    List<String> asTyped() {
        List<String> words = new ArrayList<>();
        if (jobs != null) {
            words.addAll(List.of("-j", jobs.toString()));
        }
        if (timeout != null) {
            words.addAll(List.of("--timeout", DurationValue.format(timeout)));
        }
        if (retry > 0) {
            words.addAll(List.of("--retry", Integer.toString(retry)));
        }
        if (output != null) {
            words.addAll(List.of("--output", output.name().toLowerCase(Locale.ROOT)));
        }
        if (order != ReportOrder.DONE) {
            words.addAll(List.of("--order", order.name().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration;
            try {
                duration = DurationValue.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no time at all: give a time longer than zero, like 30s");
            }
            return duration;
        }
    }

    /** {@code -j}: a whole number, 1 or more. */
    static final class AtLeastOne implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 1, "at least 1");
        }
    }

    /** {@code --retry}: a whole number, 0 or more. */
    static final class NotNegative implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 0, "0 or more");
        }
    }

    private static int wholeNumber(String value, int least, String wanted) {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number (" + wanted + ")");
        }
        if (number < least) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too small: it must be " + wanted);
        }
        return number;
    }
}
