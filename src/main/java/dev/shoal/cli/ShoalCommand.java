package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ui.ColorMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "shoal",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Manage many git repositories side by side: register them once, then inspect and command them all at once.",
        footer = {"", "Exit codes: 0 ok, 1 some repo failed, 2 usage or config error, 130 interrupted,",
                "141 output closed (as in shoal st | head -1).",
                "Config home: $SHOAL_HOME, else $XDG_CONFIG_HOME/shoal, else ~/.config/shoal."})
final class ShoalCommand extends SessionCommand {

    ShoalCommand(Session session) {
        super(session);
    }

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Color output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    void color(ColorMode mode) {
        session.colorMode(mode);
    }

    @Spec
    CommandSpec spec;

    /** Plain {@code shoal} shows the usage help (with the commands from commands.yml), laid out as {@code shoal --help} would. */
    @Override
    public Integer call() {
        UsageHelp.applyTo(spec.commandLine(), session);
        spec.commandLine().usage(session.out());
        return ExitCode.OK;
    }
}
