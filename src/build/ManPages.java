import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import dev.shoal.ui.Terminal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * A build step (run by the pom's dist profile at prepare-package, as a source-file program): writes one
 * AsciiDoc man page per command, shoal.adoc, shoal-fetch.adoc, shoal-group-add.adoc..., from the same
 * picocli model that --help prints, so the pages cannot drift from it; asciidoctor-maven-plugin then
 * turns them into roff. The model is the one a new user has: the shipped commands.yml's commands and
 * none of the builder's own, read from an empty config home.
 *
 * Usage: java -cp CLASSPATH ManPages.java OUTPUT_DIR
 */
public final class ManPages {
    public static void main(String[] args) throws IOException {
        Path output = Files.createDirectories(Path.of(args[0]));
        Path home = Files.createTempDirectory("shoal-man");
        try {
            PrintStream out = System.out;
            Session session = new Session(Map.of("SHOAL_HOME", home.toString()), home, System.in, out, System.err,
                    () -> Terminal.PIPE);
            int code = ManPageGenerator.generateManPage(output.toFile(), null, new boolean[0], true,
                    ShoalCli.commandLine(session).getCommandSpec());
            if (code != 0) {
                System.exit(code);
            }
        } finally {
            Files.deleteIfExists(home);
        }
    }
}
