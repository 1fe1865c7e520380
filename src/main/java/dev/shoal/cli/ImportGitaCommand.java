package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.CommandDefinition;
import dev.shoal.files.AtomicFile;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import dev.shoal.gita.GitaConfig;
import dev.shoal.gita.GitaImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gita", mixinStandardHelpOptions = true,
        description = {"Import a gita setup: its repos (bare ones as bare) under their names, groups with their repos "
                + "and paths, the context, each repo's flags, the info columns and colors, and the commands of cmds.json "
                + "or cmds.yml into commands.yml (a cmd without shell: true is a git command; disable_async is interactive).",
                "Nothing shoal has already is overwritten: a taken name gets another, and where shoal's choice differs "
                        + "from gita's it is kept, with a line saying so. Importing again changes nothing."})
final class ImportGitaCommand extends SessionCommand {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "gita's config folder (default: $XDG_CONFIG_HOME/gita, else ~/.config/gita).")
    String dir;

    @Option(names = {"-n", "--dry-run"}, description = "Print what would be imported; change nothing.")
    boolean dryRun;

    ImportGitaCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Path from = dir != null ? session.resolve(dir) : GitaConfig.defaultDir(session.env());
        GitaConfig gita = GitaConfig.read(from);
        gita.problems().forEach(session::warn);
        GitaImport plan = new GitaImport(gita);
        if (dryRun) {
            plan.intoRegistry(session.registry());
            plan.intoSettings(session.settingsStore().load());
        } else {
            session.registryStore().update(registry -> {
                plan.intoRegistry(registry);
                return null;
            });
            session.settingsStore().update(plan::intoSettings);
        }
        String commands = plan.intoCommands(known(), usersOwn(), ShoalCli.builtInNames());
        if (!commands.isEmpty() && !dryRun) {
            appendCommands(commands);
        }
        long changes = plan.notes().stream().filter(GitaImport.Note::change).count();
        plan.notes().forEach(note -> session.out().println(note.text()));
        if (changes == 0) {
            session.out().println("nothing to import from " + from + ": shoal has all of it");
        } else {
            session.out().println((dryRun ? "would make " : "made ") + changes + " change" + (changes == 1 ? "" : "s")
                    + " from " + from + (dryRun ? " (dry run: nothing was written)" : ""));
        }
        return gita.problems().isEmpty() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }

    private Map<String, CommandDefinition> known() {
        return CommandCatalog.load(session.home(), ShoalCli.builtInNames()).stream()
                .collect(Collectors.toMap(CommandDefinition::name, Function.identity()));
    }

    private Set<String> usersOwn() {
        YamlFile file = YamlFile.read(session.home().commandsFile());
        return file.root().map(root -> new YamlNodes(file).mapping(root, "commands.yml").keySet()).orElse(Set.of());
    }

    /**
     * Adds the commands at the end of the user's commands.yml, so its comments and layout stay. A file in flow
     * style ({@code {...}}) cannot be added to that way: the result is read back before it is written.
     */
    private void appendCommands(String yaml) {
        Path file = session.home().commandsFile();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            text = "";
        } catch (IOException e) {
            throw ShoalException.config(file + ": cannot read: " + e.getMessage());
        }
        String joined = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "# Imported from gita.\n" + yaml;
        try {
            YamlFile parsed = YamlFile.parse(file, joined);
            new YamlNodes(parsed).mapping(parsed.root().orElseThrow(), "commands.yml");
        } catch (ShoalException | java.util.NoSuchElementException e) {
            throw ShoalException.config(file + " is not a block-style mapping, so gita's commands cannot be added to it; add them by hand:\n" + yaml);
        }
        AtomicFile.write(file, joined.getBytes(StandardCharsets.UTF_8));
    }
}
