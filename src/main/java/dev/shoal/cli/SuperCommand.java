package dev.shoal.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "super", mixinStandardHelpOptions = true,
        customSynopsis = "shoal super [OPTIONS] [TARGET... --] GIT-ARG...",
        description = {"Run any git command in each repo, each repo's flags right after git.", "", FreeCommand.RULE, "",
                "Examples:",
                "  shoal super log -1 --oneline                in every repo (or the context group)",
                "  shoal super api web -- commit -am 'wip'     in api and the repos of group web"})
final class SuperCommand extends FreeCommand {
    SuperCommand(Session session) {
        super(session);
    }

    @Override
    List<String> argv(List<String> command) {
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(command);
        return argv;
    }

    @Override
    boolean git() {
        return true;
    }
}
