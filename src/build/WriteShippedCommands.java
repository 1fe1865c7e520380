import dev.shoal.cli.ShoalCli;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.ConfigHome;
import dev.shoal.config.ShippedCommands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step (the pom runs it at process-classes, as a source-file program): parses the shipped
 * commands.yml, as a start would (refusing, as a start would, a command named like one of shoal's own), and
 * writes its commands in the form ShippedCommands reads without YAML.
 *
 * Usage: java -cp CLASSPATH WriteShippedCommands.java OUTPUT_FILE
 */
public final class WriteShippedCommands {
    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("shoal-commands");
        try {
            Path output = Path.of(args[0]);
            Files.createDirectories(output.getParent());
            Files.writeString(output, ShippedCommands.text(CommandCatalog.fromYaml(new ConfigHome(home), ShoalCli.builtInNames())));
        } finally {
            Files.deleteIfExists(home);
        }
    }
}
