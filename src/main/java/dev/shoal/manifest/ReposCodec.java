package dev.shoal.manifest;

import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import dev.shoal.git.Remote;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.RepoNaming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * vcstool's {@code .repos} format (the ROS workspace format), both ways:
 * <pre>
 * repositories:
 *   src/ros2/rcl:
 *     type: git
 *     url: https://github.com/ros2/rcl.git
 *     version: rolling
 * </pre>
 * Keys are paths relative to the folder the file is imported into. The format holds one URL and a
 * version per repo, nothing more: {@link #losses} says what a manifest loses by being written in it.
 */
public final class ReposCodec {
    static final String REPOSITORIES = "repositories";
    private static final String GIT = "git";

    private ReposCodec() {
    }

    /**
     * The file for a manifest whose paths are relative, sorted by path as {@code vcs export} writes it;
     * local-only repos cannot be expressed and are left out.
     */
    public static String write(Manifest manifest) {
        Map<String, Object> repositories = new TreeMap<>();
        for (ManifestEntry entry : manifest.entries()) {
            entry.cloneRemote().ifPresent(remote -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("type", GIT);
                fields.put("url", remote.url());
                entry.version().map(Version::reposText).ifPresent(v -> fields.put("version", v));
                repositories.put(ManifestCodec.pathText(entry.path()), fields);
            });
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put(REPOSITORIES, repositories);
        return YamlFile.dump(top);
    }

    /** What the .repos format cannot carry for this manifest, one sentence each; empty when nothing is lost. */
    public static List<String> losses(Manifest manifest) {
        List<String> losses = new ArrayList<>();
        List<String> localOnly = manifest.entries().stream().filter(ManifestEntry::localOnly).map(ManifestEntry::name).toList();
        if (!localOnly.isEmpty()) {
            losses.add("left out, no remote to clone from: " + String.join(", ", localOnly));
        }
        long extraRemotes = manifest.entries().stream().mapToLong(e -> e.extraRemotes().size()).sum();
        if (extraRemotes > 0) {
            losses.add("not kept: " + extraRemotes + " remote" + (extraRemotes == 1 ? "" : "s") + " besides the one cloned from");
        }
        List<String> bare = manifest.entries().stream().filter(e -> e.bare() && !e.localOnly()).map(ManifestEntry::name).toList();
        if (!bare.isEmpty()) {
            losses.add("will be cloned as work trees, the format has no bare repos: " + String.join(", ", bare));
        }
        if (!manifest.groups().isEmpty()) {
            losses.add("not kept: " + manifest.groups().size() + " group" + (manifest.groups().size() == 1 ? "" : "s"));
        }
        List<String> unpushed = manifest.entries().stream().filter(e -> e.version().filter(Version::unpushed).isPresent())
                .map(ManifestEntry::name).toList();
        if (!unpushed.isEmpty()) {
            losses.add("not kept: which branches were never pushed (" + String.join(", ", unpushed) + ")");
        }
        boolean flags = manifest.entries().stream().anyMatch(e -> !e.flags().isEmpty());
        if (flags) {
            losses.add("not kept: per-repo git flags");
        }
        return losses;
    }

    /** Entries of another version control system are not errors: they become problems, and the rest is cloned. */
    static Manifest read(YamlNodes yaml, Map<String, Node> top) {
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Registry names = new Registry();
        yaml.mapping(top.get(REPOSITORIES), "'" + REPOSITORIES + "'").forEach((key, node) -> {
            Map<String, Node> fields = yaml.mapping(node, "repository '" + key + "'");
            String type = yaml.optionalScalar(fields.get("type"), "'type' of '" + key + "'").orElse(GIT);
            if (!type.equals(GIT)) {
                problems.add(yaml.file().error(node, key + ": type '" + type + "' is not supported, shoal clones git repos; skipped").getMessage());
                return;
            }
            if (fields.get("url") == null) {
                throw yaml.file().error(node, "repository '" + key + "' has no 'url'");
            }
            String url = yaml.scalar(fields.get("url"), "'url' of '" + key + "'");
            Optional<Version> version = yaml.optionalScalar(fields.get("version"), "'version' of '" + key + "'").map(Version::ofRepos);
            Path path = Path.of(key).normalize();
            String name = RepoNaming.nameFor(path, false, names);
            names.addRepo(Repo.of(name, path, false));
            entries.add(new ManifestEntry(name, path, false, List.of(), List.of(Remote.of("origin", url)), version));
        });
        return new Manifest(entries, List.of(), problems);
    }
}
