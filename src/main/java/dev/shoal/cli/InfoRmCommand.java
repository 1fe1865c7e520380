package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.InfoColumn;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rm", mixinStandardHelpOptions = true, description = "Stop showing columns in 'shoal ll'.")
final class InfoRmCommand extends SessionCommand {
    @Parameters(paramLabel = "COLUMN", arity = "1..*", converter = NameConverters.Column.class,
            description = "Columns to hide (see 'shoal info ls'); gita's commit_msg and commit_time name message and time.")
    List<InfoColumn> columns;

    InfoRmCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<InfoColumn> result = session.settingsStore().update(settings -> {
            List<InfoColumn> changed = new ArrayList<>(settings.columns());
            changed.removeAll(columns);
            return settings.withColumns(changed);
        }).columns();
        session.out().println("columns: " + (result.isEmpty() ? "none (only names)"
                : String.join(" ", result.stream().map(InfoColumn::key).toList())));
        return ExitCode.OK;
    }
}
