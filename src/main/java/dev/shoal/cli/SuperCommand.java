package dev.shoal.cli;

import dev.shoal.git.GitCommands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "super", mixinStandardHelpOptions = true,
        customSynopsis = {"shoal super [OPTIONS] [TARGET...] -- GIT-ARG...", "shoal super [OPTIONS] [TARGET...] GIT-ARG..."},
        description = {"Run any git command in each repo, each repo's flags right after git.",
                FreeCommand.RULE, FreeCommand.GITA_FORM + "a git command or alias needs the --.", "", "Examples:",
                "  shoal super log -1 --oneline                in every repo (or the context group)",
                "  shoal super api web -- commit -am 'wip'     in api and the repos of group web",
                "  shoal super api checkout main               gita's form: api is a repo, checkout is not",
                "  shoal super api --output blocks -- log -1   before --, shoal's options go anywhere"})
final class SuperCommand extends FreeCommand {
    @Parameters(paramLabel = "TARGET|GIT-ARG", arity = "1..*", description = "Repos or groups, --, then the git command.")
    List<String> words = new ArrayList<>();

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
    List<String> words() {
        return words;
    }

    @Override
    boolean git() {
        return true;
    }

    @Override
    boolean isCommand(String word) {
        return GitCommands.list(session.git(), Path.of(System.getProperty("java.io.tmpdir"))).contains(word);
    }

    @Override
    String commandKind() {
        return "a git command or alias";
    }
}
