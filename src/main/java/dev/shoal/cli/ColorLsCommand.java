package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.Settings;
import dev.shoal.config.StateColor;
import dev.shoal.config.Color;
import dev.shoal.ui.Style;
import dev.shoal.ui.Table;
import java.util.ArrayList;
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
        List<List<String>> rows = new ArrayList<>();
        for (StateColor state : StateColor.values()) {
            Color color = settings.color(state);
            String changed = color == state.defaultColor() ? "" : " (default " + state.defaultColor().key() + ")";
            rows.add(List.of(state.key(), style.paint(color, color.key()), state.description() + changed));
        }
        rows.add(List.of(""));
        List<String> palette = Arrays.stream(Color.values()).map(c -> style.paint(c, c.key())).toList();
        rows.add(List.of(style.bold("Colors:") + " " + String.join(" ", palette)));
        List<Table.Column> columns = List.of(Table.Column.fixed(), Table.Column.fixed(), new Table.Column(10, 0));
        new Table(columns).print(session.out(), rows, session.terminal().width());
        return ExitCode.OK;
    }
}
