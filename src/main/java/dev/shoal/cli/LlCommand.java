package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.RepoState;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.ui.StatusCells;
import dev.shoal.ui.StatusJson;
import dev.shoal.ui.Style;
import dev.shoal.ui.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ll", mixinStandardHelpOptions = true,
        description = "Show one line per repo: its branch and how it stands against its upstream, uncommitted work, "
                + "and the last commit. Lines never wrap on a terminal; piped, they are whole and plain.",
        footer = {"",
                "Branch, colored by state: = in sync, ↑N ahead, ↓N behind, ↑N↓M diverged, ∅ no upstream, ✗ upstream gone.",
                "(Where the output cannot show arrows: ^N ahead, vN behind, - no upstream, x gone.)",
                "Work tree: + staged, * unstaged, ? untracked, $ stash, ! conflicts; then an operation in progress.",
                "Choose the columns with 'shoal info', the colors with 'shoal color'.",
                "",
                "Exit codes: 0 ok; 1 some repo could not be read (missing or broken: it is listed with the reason,",
                "or named on stderr when --only leaves it out); 2 usage or config error."})
final class LlCommand extends SessionCommand implements RunsInRepos {
    @Mixin
    TargetsMixin targets;

    @Option(names = {"-g", "--grouped"}, description = "Group the lines by group; repos in no group come last.")
    boolean grouped;

    @Option(names = "--json", description = "Print one JSON document with every field, for scripts.")
    boolean json;

    LlCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Registry registry = session.registry();
        if (registry.repos().isEmpty() && !json) {
            session.warn("no repos registered yet; add some with: shoal add PATH (or shoal add -r FOLDER)");
            return ExitCode.OK;
        }
        List<Repo> repos = targets.named(registry, session);
        List<RepoState> states = OnlyOption.readStates(session, repos);
        Map<Repo, RepoState> shown = new LinkedHashMap<>();
        boolean unreadable = false;
        for (int i = 0; i < repos.size(); i++) {
            unreadable |= !states.get(i).readable();
            if (targets.only.keeps(session, repos.get(i), states.get(i))) {
                shown.put(repos.get(i), states.get(i));
            }
        }
        if (json) {
            StatusJson.write(session.out(), registry, List.copyOf(shown.keySet()), List.copyOf(shown.values()));
            session.out().println();
        } else {
            printTable(registry, shown);
        }
        return unreadable ? ExitCode.REPO_FAILED : ExitCode.OK;
    }

    private void printTable(Registry registry, Map<Repo, RepoState> shown) {
        Style style = session.style();
        boolean unicode = session.out().charset().newEncoder().canEncode("↑↓∅✗");
        StatusCells cells = new StatusCells(session.settingsStore().load(), style, Instant.now(), unicode, session::shown);
        List<List<String>> rows = new ArrayList<>();
        if (grouped) {
            List<Repo> ungrouped = new ArrayList<>(shown.keySet());
            for (Group group : registry.groups()) {
                List<Repo> members = shown.keySet().stream().filter(r -> group.members().contains(r.name())).toList();
                addGroup(rows, style.bold(group.name()), members, shown, cells);
                ungrouped.removeAll(members);
            }
            addGroup(rows, style.bold("(in no group)"), ungrouped, shown, cells);
        } else {
            shown.forEach((repo, state) -> rows.add(cells.row(repo.name(), state)));
        }
        new Table(cells.tableColumns()).print(session.out(), rows, session.terminal().width());
    }

    private static void addGroup(List<List<String>> rows, String heading, List<Repo> members, Map<Repo, RepoState> shown,
                                 StatusCells cells) {
        if (members.isEmpty()) {
            return;
        }
        rows.add(List.of(heading + ":"));
        members.forEach(repo -> rows.add(cells.row("  " + repo.name(), shown.get(repo))));
    }
}
