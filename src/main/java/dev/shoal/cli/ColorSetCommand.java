package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.StateColor;
import dev.shoal.config.Color;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true, description = "Show a state in another color.")
final class ColorSetCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "STATE", converter = NameConverters.ColoredState.class,
            description = "in-sync, ahead, behind, diverged, no-upstream, gone, missing or error.")
    StateColor state;

    @Parameters(index = "1", paramLabel = "COLOR", converter = NameConverters.ColorName.class,
            description = "black, red, green, yellow, blue, purple, cyan, white, b_red (bold) and so on, or default.")
    Color color;

    ColorSetCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        session.settingsStore().update(settings -> settings.withColor(state, color));
        session.out().println(state.key() + ": " + session.style().paint(color, color.key()));
        return ExitCode.OK;
    }
}
