package dev.shoal.cli;

/**
 * A command whose run starts processes in repos (git, mostly), so that a start that names it links the
 * native spawner at once, on a thread of its own, while it builds the command and reads the registry
 * ({@link ShoalCli}).
 */
interface RunsInRepos {
}
