package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.config.InfoColumn;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Show columns in 'shoal ll': at the end, or from a position on. A column already shown moves, "
                + "so this also reorders.")
final class InfoAddCommand extends SessionCommand {
    @Parameters(paramLabel = "COLUMN", arity = "1..*", converter = NameConverters.Column.class,
            description = "branch, changes, message, time, path, branch-name, upstream or author "
                    + "(gita's names too: commit_msg is message, commit_time time).")
    List<InfoColumn> columns;

    @Option(names = {"-p", "--position"}, paramLabel = "N", description = "Put them from the Nth column on (1 is first).")
    Integer position;

    InfoAddCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        if (position != null && position < 1) {
            throw ShoalException.usage("the position counts from 1, not " + position);
        }
        List<InfoColumn> result = session.settingsStore().update(settings -> {
            List<InfoColumn> changed = new ArrayList<>(settings.columns());
            changed.removeAll(columns);
            int at = position == null ? changed.size() : Math.min(position - 1, changed.size());
            changed.addAll(at, columns.stream().distinct().toList());
            return settings.withColumns(changed);
        }).columns();
        session.out().println("columns: " + String.join(" ", result.stream().map(InfoColumn::key).toList()));
        return ExitCode.OK;
    }
}
