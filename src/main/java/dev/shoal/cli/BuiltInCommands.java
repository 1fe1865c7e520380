package dev.shoal.cli;

import java.util.List;

/**
 * shoal's own top-level commands by name, in the order help lists them. Each class is named only in
 * {@link #type}, so a start loads and builds the one command it runs: building all of them (picocli reads
 * every option of every command by reflection) was almost half of what {@code --version} did, about 330
 * of its 720 million instructions (bench/README.md).
 */
final class BuiltInCommands {
    static final List<String> NAMES = List.of("add", "rm", "rename", "ls", "clear", "group", "context", "super", "shell",
            "flags", "ll", "info", "color", "freeze", "clone", "import", "sync", "completion", "__train");

    private BuiltInCommands() {
    }

    /** The class of the command named {@code name}, one of {@link #NAMES}. */
    static Class<?> type(String name) {
        return switch (name) {
            case "add" -> AddCommand.class;
            case "rm" -> RmCommand.class;
            case "rename" -> RenameCommand.class;
            case "ls" -> LsCommand.class;
            case "clear" -> ClearCommand.class;
            case "group" -> GroupCommand.class;
            case "context" -> ContextCommand.class;
            case "super" -> SuperCommand.class;
            case "shell" -> ShellCommand.class;
            case "flags" -> FlagsCommand.class;
            case "ll" -> LlCommand.class;
            case "info" -> InfoCommand.class;
            case "color" -> ColorCommand.class;
            case "freeze" -> FreezeCommand.class;
            case "clone" -> CloneCommand.class;
            case "import" -> ImportCommand.class;
            case "sync" -> SyncCommand.class;
            case "completion" -> CompletionCommand.class;
            case "__train" -> TrainCommand.class;
            default -> throw new IllegalArgumentException("not one of shoal's own commands: " + name);
        };
    }
}
