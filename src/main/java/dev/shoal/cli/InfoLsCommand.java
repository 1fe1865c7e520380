package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.InfoColumn;
import dev.shoal.ui.Style;
import dev.shoal.ui.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "ls", aliases = "ll", mixinStandardHelpOptions = true,
        description = "List the columns 'shoal ll' shows, in their order, then the ones it could show.")
final class InfoLsCommand extends SessionCommand {
    InfoLsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<InfoColumn> used = session.settingsStore().load().columns();
        List<InfoColumn> unused = Arrays.stream(InfoColumn.values()).filter(c -> !used.contains(c)).toList();
        Style style = session.style();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(style.bold("In use:") + (used.isEmpty() ? " none (only names)" : "")));
        used.forEach(c -> rows.add(List.of("  " + c.key(), c.description())));
        if (!unused.isEmpty()) {
            rows.add(List.of(style.bold("Unused:")));
            unused.forEach(c -> rows.add(List.of("  " + c.key(), style.dim(c.description()))));
        }
        new Table(List.of(Table.Column.fixed(), new Table.Column(10, 0))).print(session.out(), rows, session.terminal().width());
        return ExitCode.OK;
    }
}
