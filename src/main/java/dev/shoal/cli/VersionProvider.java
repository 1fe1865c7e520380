package dev.shoal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code shoal --version}: the version Maven wrote into the jar's manifest. On JDK 25 the start-up cache
 * holds the manifest, so reading it costs 0.5 ms of CPU; reading a resource of the jar (a URL, a connection
 * to the jar, a stream) cost 6 ms, 3% of the whole --version (async-profiler, 6 runs). Classes run outside
 * the jar (the tests, an IDE) have no manifest; they read the version from the resource Maven filtered.
 */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"shoal " + (version != null ? version : fromResource())};
    }

    private static String fromResource() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/shoal/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
