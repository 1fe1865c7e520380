package dev.shoal.cli;

/**
 * picocli's own switches for work it does at each command line it builds, for features shoal does not
 * use: set before the first one is built. Together they were a third of building {@code ll}'s model
 * beyond reading its annotations (async-profiler, bench/README "Where ll on ten repos goes").
 */
final class PicocliSettings {
    /**
     * The built-in converters picocli need not make, as regular expressions of class names (its
     * {@code picocli.converters.excludes}): each is found by reflection, and java.time's classes
     * initialized, for every command line. No option of shoal's is of these types; Duration is
     * (PicocliSettingsTest holds the command model to that).
     */
    static final String UNUSED_CONVERTERS = "java\\.sql\\..*,java\\.time\\.(?!Duration$).*";

    private PicocliSettings() {
    }

    static void apply() {
        System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        // picocli looks for Groovy's Closure class first, through a ClassNotFoundException on every start.
        System.setProperty("picocli.disable.closures", "true");
    }
}
