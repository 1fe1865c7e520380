package dev.shoal.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where shoal keeps its files: {@code $SHOAL_HOME}, else {@code $XDG_CONFIG_HOME/shoal}, else
 * {@code ~/.config/shoal}. Tests point SHOAL_HOME at a temp dir so they never touch a real config.
 */
public record ConfigHome(Path dir) {

    public static ConfigHome from(Map<String, String> env) {
        String shoalHome = env.get("SHOAL_HOME");
        if (shoalHome != null && !shoalHome.isBlank()) {
            return new ConfigHome(Path.of(shoalHome).toAbsolutePath());
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new ConfigHome(Path.of(xdg, "shoal"));
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return new ConfigHome(Path.of(home, ".config", "shoal"));
    }

    public Path reposFile() {
        return dir.resolve("repos.yml");
    }

    public Path commandsFile() {
        return dir.resolve("commands.yml");
    }

    public Path settingsFile() {
        return dir.resolve("settings.yml");
    }
}
