package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.ui.NameList;
import dev.shoal.ui.Style;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ls", mixinStandardHelpOptions = true,
        description = {"List registered repo names (one per line when piped),",
                "or print one repo's path: cd \"$(shoal ls REPO)\".",
                "With --only, just the repos in those states (a REPO that is in none prints nothing, exit 1)."})
final class LsCommand extends SessionCommand {
    @Parameters(paramLabel = "REPO", arity = "0..1", description = "Print this repo's path instead.")
    String repo;

    @Mixin
    OnlyOption only;

    LsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Registry registry = session.registry();
        if (repo != null) {
            Repo found = registry.requireRepo(repo);
            if (only.filter(session, List.of(found)).isEmpty()) {
                return ExitCode.REPO_FAILED;
            }
            session.out().println(found.path());
            if (found.missing()) {
                session.warn(found.name() + " is missing: " + found.path() + " no longer exists");
                return ExitCode.REPO_FAILED;
            }
            return ExitCode.OK;
        }
        Style style = session.style();
        boolean terminal = session.terminal().stdoutIsTerminal();
        List<Repo> repos = only.filter(session, List.copyOf(registry.repos()));
        List<Repo> missing = repos.stream().filter(Repo::missing).toList();
        List<String> names = repos.stream()
                .map(r -> terminal && r.missing() ? style.red(r.name() + "(missing)") : r.name())
                .toList();
        NameList.print(session.out(), names, session.terminal());
        if (!missing.isEmpty()) {
            session.warn(missing.size() + " repo" + (missing.size() == 1 ? " is" : "s are") + " missing: "
                    + String.join(", ", missing.stream().map(Repo::name).toList())
                    + " (unregister with: shoal rm " + String.join(" ", missing.stream().map(Repo::name).toList()) + ")");
        }
        return ExitCode.OK;
    }
}
