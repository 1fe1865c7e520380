package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.config.InfoColumn;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.Style;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "ls", mixinStandardHelpOptions = true,
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
        int width = Arrays.stream(InfoColumn.values()).mapToInt(c -> c.key().length()).max().orElse(0);
        session.out().println(style.bold("In use:") + (used.isEmpty() ? " none (only names)" : ""));
        used.forEach(c -> session.out().println("  " + Ansi.padRight(c.key(), width) + "  " + c.description()));
        if (!unused.isEmpty()) {
            session.out().println(style.bold("Unused:"));
            unused.forEach(c -> session.out().println("  " + Ansi.padRight(c.key(), width) + "  " + style.dim(c.description())));
        }
        return ExitCode.OK;
    }
}
