package dev.shoal.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "super", mixinStandardHelpOptions = true,
        customSynopsis = "shoal super [OPTIONS] [TARGET... --] GIT-ARG...",
        description = {"Run any git command in each repo, each repo's flags right after git.",
                "With --, the words before it are repos or groups; without it, all words are the command",
                "(which then may not start with a repo or group name). Examples:",
                "  shoal super log -1 --oneline          every repo (or the context group)",
                "  shoal super api web -- commit -am 'fix'  just api and the group web"})
final class SuperCommand extends FreeCommand {
    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Targets, --, then the git arguments.")
    List<String> words = new ArrayList<>();

    SuperCommand(Session session) {
        super(session);
    }

    @Override
    List<String> words() {
        return words;
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
