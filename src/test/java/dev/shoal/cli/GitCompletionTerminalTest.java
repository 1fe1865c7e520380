package dev.shoal.cli;

import dev.shoal.testing.Git;
import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * After the {@code --} of {@code super} and of the git commands from commands.yml, a TAB completes what
 * git's own completion would: an interactive bash (with bash-completion), zsh (with compinit) and fish
 * in a real terminal, each with shoal's script as the install sets it up, typing a line and a TAB. The
 * shell starts in the repo {@code api}; the repo {@code site} has a branch of its own, {@code feature-x}.
 */
@ExtendWith(WorkspaceExtension.class)
class GitCompletionTerminalTest {
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    CompletionWorld world;

    @BeforeEach
    void makeWorld(Workspace workspace) {
        world = new CompletionWorld(workspace);
        Git git = workspace.git();
        for (String repo : List.of("api", "site")) {
            git.commit(workspace.path("repos/" + repo), "README.md", repo + "\n", "first commit");
        }
        git.run(workspace.path("repos/api"), "branch", "api-only");
        git.run(workspace.path("repos/site"), "branch", "feature-x");
        // A command of the user's own, the way gita's `checkout` comes over: one git subcommand in each repo.
        Git.write(workspace.configHome().resolve("commands.yml"), "checkout:\n  cmd: git checkout\n  help: check out a branch\n");
        world.shoal("--version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void superHandsItsGitWordsToGitsCompletion(String shell) {
        assertCompletes(shell, "shoal super -- log --on", "--oneline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void aDelegatedCommandCompletesItsGitSubcommandsOptions(String shell) {
        assertCompletes(shell, "shoal st -- --sh", "--short");
        // lo runs `git log --oneline -7`: git's completion sees those words before the typed ones.
        assertCompletes(shell, "shoal lo -- --gra", "--graph");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh", "fish"})
    void branchesComeFromTheFirstRepoNamedElseTheCurrentFolder(String shell) {
        assertCompletes(shell, "shoal checkout site -- fea", "feature-x");
        assertCompletes(shell, "shoal super --output blocks site web -- checkout fea", "feature-x");
        assertCompletes(shell, "shoal checkout -- api-o", "api-only");
    }

    /** Types {@code line} and a TAB in a fresh interactive {@code shell}; waits until {@code expected} shows. */
    private void assertCompletes(String shell, String line, String expected) {
        try (Tmux tmux = Tmux.start(world.workspace.path("repos/api"), 160, 30, world.workspace.env(), shellCommand(shell))) {
            tmux.waitForScreen("ready>", DEADLINE);
            tmux.sendKeys("-l", line);
            tmux.waitForScreen(line, DEADLINE);
            tmux.sendKeys("Tab");
            tmux.waitForScreen(expected, DEADLINE);
        }
    }

    /** The shell, interactive, with a config of its own that loads its completion as an install would. */
    private List<String> shellCommand(String shell) {
        Path scripts = world.script(shell).getParent();
        Path rc = world.workspace.path("rc/" + shell);
        return switch (shell) {
            case "bash" -> {
                Git.write(rc, String.join("\n",
                        "PS1='ready> '",
                        "source /usr/share/bash-completion/bash_completion",
                        "source '" + world.script("bash") + "'",
                        // Ambiguous candidates are listed at the first TAB, not the second.
                        "bind 'set show-all-if-ambiguous on'", ""));
                yield List.of("bash", "--noprofile", "--rcfile", rc.toString(), "-i");
            }
            case "zsh" -> {
                Git.write(rc.resolve(".zshrc"), String.join("\n",
                        "PS1='ready> '",
                        "fpath=('" + scripts + "' $fpath)",
                        "autoload -Uz compinit && compinit -u -D",
                        "setopt no_list_ambiguous", ""));
                yield List.of("env", "ZDOTDIR=" + rc, "zsh", "-i");
            }
            case "fish" -> {
                Git.write(rc.resolve("config/fish/config.fish"), String.join("\n",
                        "set -g fish_greeting",
                        "function fish_prompt; echo 'ready> '; end",
                        "source '" + world.script("fish") + "'", ""));
                yield List.of("env", "XDG_CONFIG_HOME=" + rc.resolve("config"), "XDG_DATA_HOME=" + rc.resolve("data"), "fish", "-i");
            }
            default -> throw new IllegalArgumentException(shell);
        };
    }
}
