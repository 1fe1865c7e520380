package dev.shoal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code shoal --version}: the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/shoal/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"shoal " + properties.getProperty("version", "unknown")};
    }
}
