package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the TAB completion script for a shell. A TAB never starts shoal: the script reads an index "
                + "that every shoal run keeps up to date in the config home's completion/ folder.",
        footer = {"", "bash: shoal completion bash > ~/.local/share/bash-completion/completions/shoal",
                "zsh:  shoal completion zsh > ~/.zfunc/_shoal  (with fpath=(~/.zfunc $fpath) before compinit)",
                "fish: shoal completion fish > ~/.config/fish/completions/shoal.fish"})
final class CompletionCommand extends SessionCommand {
    enum Shell {
        BASH("shoal.bash"), ZSH("_shoal"), FISH("shoal.fish");

        final String script;

        Shell(String script) {
            this.script = script;
        }
    }

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    CompletionCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException {
        try (InputStream script = CompletionCommand.class.getResourceAsStream("/dev/shoal/completions/" + shell.script)) {
            if (script == null) {
                throw ShoalException.config("this build of shoal lacks its completion script " + shell.script);
            }
            script.transferTo(session.out());
        }
        return ExitCode.OK;
    }
}
