package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.Settings;
import dev.shoal.config.StateColor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "reset", mixinStandardHelpOptions = true, description = "Give states their default colors back.")
final class ColorResetCommand extends SessionCommand {
    @Parameters(paramLabel = "STATE", arity = "0..*", converter = NameConverters.ColoredState.class,
            description = "The states to reset; none: all of them. gita's local-ahead, remote-ahead and no-remote name "
                    + "ahead, behind and no-upstream.")
    List<StateColor> states = new ArrayList<>();

    ColorResetCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<StateColor> reset = states.isEmpty() ? Arrays.asList(StateColor.values()) : states;
        session.settingsStore().update(settings -> {
            Settings changed = settings;
            for (StateColor state : reset) {
                changed = changed.withColor(state, state.defaultColor());
            }
            return changed;
        });
        session.out().println("reset: " + String.join(" ", reset.stream().map(StateColor::key).toList()));
        return ExitCode.OK;
    }
}
