package dev.shoal.cli;

/**
 * A command whose words after the first are not shoal's (a git or shell command line, git flags):
 * options are read only before the first word, so {@code shoal super log -j 4} passes {@code -j 4} to git. When
 * {@code super} or {@code shell} is given a {@code --}, every word before it is shoal's (ShoalCli).
 */
interface StopsAtFirstWord {
}
