package dev.shoal.manifest;

import dev.shoal.files.YamlNodes;
import dev.shoal.registry.Names;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The paths and names a manifest may hold, checked as it is read so a hostile one is refused with its
 * line and column before anything is cloned. A relative path must stay inside the folder it is cloned
 * into once {@code ..} is resolved; an absolute path may hold no {@code ..} at all (without {@code -p}
 * it is moved below that folder anyway; with {@code -p} the user asked for the recorded paths, but not
 * for ones dressed up to look like somewhere else).
 */
final class ManifestPaths {
    private static final Path UP = Path.of("..");

    private ManifestPaths() {
    }

    /**
     * A repo's or group's path, normalised: the folder the manifest is cloned into ({@code .}, which
     * {@code freeze --relative-to} writes for a repo at that folder) or one below it.
     */
    static Path inside(YamlNodes yaml, Node node, String text, String what) {
        return checked(yaml, node, text, what);
    }

    /** A vcstool key: a path strictly below that folder, since the repo is named after its last part. */
    static Path below(YamlNodes yaml, Node node, String text, String what) {
        Path path = checked(yaml, node, text, what);
        if (path.toString().isEmpty()) {
            throw yaml.file().error(node, what + ": a key must name a folder below the one the file is imported into");
        }
        return path;
    }

    /** A repo or group name from a manifest, checked like every name shoal registers. */
    static void name(YamlNodes yaml, Node node, String name, String what) {
        Names.problem(name).ifPresent(problem -> {
            throw yaml.file().error(node, what + ": " + problem);
        });
    }

    /** A branch, tag or commit to check out: never something git would take as an option. */
    static void version(YamlNodes yaml, Node node, String version, String what) {
        if (version.startsWith("-")) {
            throw yaml.file().error(node, what + " '" + version + "' starts with '-': git would read it as an option");
        }
        if (version.isBlank() || Names.hasControl(version)) {
            throw yaml.file().error(node, what + " must be a branch, tag or commit name");
        }
    }

    private static Path checked(YamlNodes yaml, Node node, String text, String what) {
        if (Names.hasControl(text)) {
            throw yaml.file().error(node, what + " holds control characters or line breaks");
        }
        Path written;
        try {
            written = Path.of(text);
        } catch (InvalidPathException e) {
            throw yaml.file().error(node, what + " is not a path: " + e.getReason());
        }
        if (written.isAbsolute()) {
            for (Path part : written) {
                if (part.equals(UP)) {
                    throw yaml.file().error(node, what + " '" + written + "' is absolute and holds '..'; write the folder it means");
                }
            }
            return written.normalize();
        }
        Path path = written.normalize();
        if (path.startsWith(UP)) {
            throw yaml.file().error(node, what + " '" + written + "' leads outside the folder the manifest is cloned into");
        }
        return path;
    }
}
