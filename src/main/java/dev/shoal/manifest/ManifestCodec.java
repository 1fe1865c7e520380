package dev.shoal.manifest;

import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import dev.shoal.git.Remote;
import dev.shoal.registry.CloseMatches;
import dev.shoal.registry.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * shoal's manifest format, written by {@code freeze} and read by {@code clone -f}:
 * <pre>
 * repos:
 *   api:
 *     path: work/api
 *     branch: main
 *     remotes:
 *       origin: https://example.com/api.git
 *       fork: {url: https://example.com/me/api.git, pushurl: git@example.com:me/api.git}
 *   notes: {path: notes, branch: main, local-only: true}
 *   tools: {path: tools.git, bare: true, commit: 4b825dc..., remotes: {origin: /srv/tools.git}}
 *   wip: {path: wip, branch: spike, unpushed: true, remotes: {origin: https://example.com/wip.git}}
 * groups:
 *   work: {members: [api], path: work}
 * </pre>
 * What to check out is one of {@code branch}, {@code tag}, {@code commit} or {@code version} (see
 * {@link Version}); {@code unpushed} marks a branch no remote had when it was frozen. {@code local-only} is written for the reader's sake; what counts is having no remotes. Unknown keys
 * are errors, so a typo never silently drops what a manifest meant to say.
 */
public final class ManifestCodec {
    static final String REPOS = "repos";
    private static final Set<String> TOP_KEYS = Set.of(REPOS, "groups");
    private static final String UNPUSHED = "unpushed";
    private static final Set<String> ENTRY_KEYS = Set.of("path", "bare", "flags", "branch", "tag", "commit", "version",
            UNPUSHED, "remotes", "local-only");
    private static final Set<String> REMOTE_KEYS = Set.of("url", "pushurl");
    private static final Set<String> GROUP_KEYS = Set.of("members", "path");
    private static final String HEADER = "# A shoal manifest: rebuild these repos with 'shoal clone -f FILE [-C DIR]'.\n";

    private ManifestCodec() {
    }

    public static String write(Manifest manifest) {
        Map<String, Object> repos = new LinkedHashMap<>();
        for (ManifestEntry entry : manifest.entries()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("path", pathText(entry.path()));
            if (entry.bare()) {
                fields.put("bare", true);
            }
            if (!entry.flags().isEmpty()) {
                fields.put("flags", entry.flags());
            }
            entry.version().ifPresent(v -> {
                fields.put(v.kind().word, v.name());
                if (v.unpushed()) {
                    fields.put(UNPUSHED, true);
                }
            });
            if (entry.localOnly()) {
                fields.put("local-only", true);
            } else {
                Map<String, Object> remotes = new LinkedHashMap<>();
                entry.remotes().forEach(r -> remotes.put(r.name(), remoteValue(r)));
                fields.put("remotes", remotes);
            }
            repos.put(entry.name(), fields);
        }
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Group group : manifest.groups()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("members", group.members());
            group.path().ifPresent(p -> fields.put("path", pathText(p)));
            groups.put(group.name(), fields);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put(REPOS, repos);
        if (!groups.isEmpty()) {
            top.put("groups", groups);
        }
        return HEADER + YamlFile.dump(top);
    }

    /** A path as written: the folder itself is {@code .}, not an empty string. */
    static String pathText(Path path) {
        String text = path.toString();
        return text.isEmpty() ? "." : text;
    }

    /** A plain URL in the common case; a mapping only when there are several URLs or push URLs. */
    private static Object remoteValue(Remote remote) {
        if (remote.urls().size() == 1 && remote.pushUrls().isEmpty()) {
            return remote.url();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", remote.urls().size() == 1 ? remote.url() : remote.urls());
        if (!remote.pushUrls().isEmpty()) {
            fields.put("pushurl", remote.pushUrls().size() == 1 ? remote.pushUrls().getFirst() : remote.pushUrls());
        }
        return fields;
    }

    static Manifest read(YamlNodes yaml, Map<String, Node> top) {
        requireKnown(yaml, top, TOP_KEYS, "a manifest");
        List<ManifestEntry> entries = new ArrayList<>();
        Map<Path, String> byPath = new HashMap<>();
        yaml.mapping(top.get(REPOS), "'repos'").forEach((name, node) -> {
            ManifestEntry entry = readEntry(yaml, name, node);
            String other = byPath.putIfAbsent(entry.path(), name);
            if (other != null) {
                throw yaml.file().error(node, "repo '" + name + "' has the same path as '" + other + "'");
            }
            entries.add(entry);
        });
        List<Group> groups = new ArrayList<>();
        yaml.mapping(top.get("groups"), "'groups'").forEach((name, node) -> groups.add(readGroup(yaml, name, node, entries)));
        return new Manifest(entries, groups);
    }

    private static ManifestEntry readEntry(YamlNodes yaml, String name, Node node) {
        String what = "repo '" + name + "'";
        Map<String, Node> fields = yaml.mapping(node, what);
        requireKnown(yaml, fields, ENTRY_KEYS, what);
        if (fields.get("path") == null) {
            throw yaml.file().error(node, what + " has no 'path'");
        }
        Path path = Path.of(yaml.scalar(fields.get("path"), "the path of " + what)).normalize();
        Optional<Version> version = version(yaml, fields, what);
        List<Remote> remotes = new ArrayList<>();
        yaml.mapping(fields.get("remotes"), "'remotes' of " + what)
                .forEach((remote, value) -> remotes.add(readRemote(yaml, remote, value, what)));
        return new ManifestEntry(name, path, yaml.bool(fields.get("bare"), "'bare' of " + what),
                yaml.strings(fields.get("flags"), "'flags' of " + what), remotes, version);
    }

    /** At most one of {@code branch}, {@code tag}, {@code commit} and {@code version}, as {@link Version} has them. */
    private static Optional<Version> version(YamlNodes yaml, Map<String, Node> fields, String what) {
        Optional<Version> version = Optional.empty();
        for (Version.Kind kind : Version.Kind.values()) {
            Optional<String> name = yaml.optionalScalar(fields.get(kind.word), "'" + kind.word + "' of " + what);
            if (name.isPresent()) {
                if (version.isPresent()) {
                    throw yaml.file().error(fields.get(kind.word), what + " has both a " + version.get().kind().word
                            + " and a " + kind.word + "; give one");
                }
                version = Optional.of(Version.of(kind, name.get()));
            }
        }
        boolean unpushed = yaml.bool(fields.get(UNPUSHED), "'" + UNPUSHED + "' of " + what);
        if (unpushed && version.filter(v -> v.kind() == Version.Kind.BRANCH).isEmpty()) {
            throw yaml.file().error(fields.get(UNPUSHED), "'" + UNPUSHED + "' of " + what + " goes with a 'branch'");
        }
        return version.map(v -> new Version(v.kind(), v.name(), unpushed));
    }

    private static Remote readRemote(YamlNodes yaml, String name, Node node, String repo) {
        String what = "remote '" + name + "' of " + repo;
        List<String> urls;
        List<String> pushUrls = List.of();
        if (YamlNodes.isNull(node) || node instanceof ScalarNode) {
            urls = List.of(yaml.scalar(node, what));
        } else {
            Map<String, Node> fields = yaml.mapping(node, what);
            requireKnown(yaml, fields, REMOTE_KEYS, what);
            urls = yaml.strings(fields.get("url"), "'url' of " + what);
            pushUrls = yaml.strings(fields.get("pushurl"), "'pushurl' of " + what);
            if (urls.isEmpty()) {
                throw yaml.file().error(node, what + " has no 'url'");
            }
        }
        return new Remote(name, urls, pushUrls);
    }

    private static Group readGroup(YamlNodes yaml, String name, Node node, List<ManifestEntry> entries) {
        String what = "group '" + name + "'";
        Map<String, Node> fields = yaml.mapping(node, what);
        requireKnown(yaml, fields, GROUP_KEYS, what);
        List<String> members = yaml.strings(fields.get("members"), "'members' of " + what);
        for (String member : members) {
            if (entries.stream().noneMatch(e -> e.name().equals(member))) {
                throw yaml.file().error(item(fields.get("members"), member), what + " lists '" + member + "', which is not a repo of this manifest");
            }
        }
        Optional<Path> path = yaml.optionalScalar(fields.get("path"), "the path of " + what).map(p -> Path.of(p).normalize());
        return new Group(name, members, path, Map.of());
    }

    /** The node of one item of a list, to point at it; the list itself when it is a single value. */
    private static Node item(Node list, String value) {
        if (list instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && scalar.getValue().equals(value)) {
                    return item;
                }
            }
        }
        return list;
    }

    private static void requireKnown(YamlNodes yaml, Map<String, Node> fields, Set<String> known, String what) {
        fields.keySet().stream().filter(k -> !known.contains(k)).findFirst().ifPresent(key -> {
            throw yaml.file().error(fields.get(key), "'" + key + "' is not a key of " + what
                    + CloseMatches.hint(key, known));
        });
    }
}
