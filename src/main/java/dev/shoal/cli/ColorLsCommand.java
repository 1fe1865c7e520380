package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.Keyed;
import dev.shoal.config.Settings;
import dev.shoal.config.StateColor;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.Color;
import dev.shoal.ui.Style;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "ls", mixinStandardHelpOptions = true,
        description = "List each state with its color, then the colors there are.")
final class ColorLsCommand extends SessionCommand {
    ColorLsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Settings settings = session.settingsStore().load();
        Style style = session.style();
        int stateWidth = Keyed.keys(StateColor.class).stream().mapToInt(String::length).max().orElse(0);
        int colorWidth = Keyed.keys(Color.class).stream().mapToInt(String::length).max().orElse(0);
        for (StateColor state : StateColor.values()) {
            Color color = settings.color(state);
            String changed = color == state.defaultColor() ? "" : " (default " + state.defaultColor().key() + ")";
            session.out().println(Ansi.padRight(state.key(), stateWidth) + "  "
                    + Ansi.padRight(color.paint(style, color.key()), colorWidth) + "  " + state.description() + changed);
        }
        List<String> palette = Arrays.stream(Color.values()).map(c -> c.paint(style, c.key())).toList();
        session.out().println();
        session.out().println(style.bold("Colors:") + " " + String.join(" ", palette));
        return ExitCode.OK;
    }
}
