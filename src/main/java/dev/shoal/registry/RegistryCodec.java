package dev.shoal.registry;

import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlWriter;
import dev.shoal.files.YamlNodes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code repos.yml} to a {@link Registry} and back. The file is meant to be read and edited by hand:
 * <pre>
 * repos:
 *   api: {path: /src/api}
 *   site: {path: /src/site.git, bare: true, flags: [-c, core.pager=cat]}
 * groups:
 *   work: {members: [api, site], path: /src}
 * context: work
 * </pre>
 * Keys shoal does not know are kept, at every level.
 */
public final class RegistryCodec {
    private static final Set<String> TOP_KEYS = Set.of("repos", "groups", "context");
    private static final Set<String> REPO_KEYS = Set.of("path", "bare", "flags");
    private static final Set<String> GROUP_KEYS = Set.of("members", "path");

    private RegistryCodec() {
    }

    public static Registry read(YamlFile file) {
        Registry registry = new Registry();
        if (file.root().isEmpty()) {
            return registry;
        }
        YamlNodes yaml = new YamlNodes(file);
        Map<String, Node> top = yaml.mapping(file.root().get(), "repos.yml");
        top.forEach((key, value) -> {
            if (!TOP_KEYS.contains(key)) {
                registry.extra().put(key, YamlNodes.plain(value));
            }
        });
        yaml.mapping(top.get("repos"), "'repos'").forEach((name, node) -> registry.addRepo(readRepo(yaml, name, node)));
        yaml.mapping(top.get("groups"), "'groups'").forEach((name, node) -> {
            Group group = readGroup(yaml, name, node);
            for (String member : group.members()) {
                if (registry.repo(member).isEmpty()) {
                    throw file.error(node, "group '" + name + "' lists '" + member + "', which is not a registered repo");
                }
            }
            registry.putGroup(group);
        });
        Optional<String> context = yaml.optionalScalar(top.get("context"), "'context'");
        if (context.isPresent() && !context.get().equals(ContextResolver.AUTO) && registry.group(context.get()).isEmpty()) {
            throw file.error(top.get("context"), "the context '" + context.get() + "' is not a group");
        }
        registry.setContext(context);
        return registry;
    }

    private static Repo readRepo(YamlNodes yaml, String name, Node node) {
        requireName(yaml, name, node);
        Map<String, Node> fields = yaml.mapping(node, "repo '" + name + "'");
        Node pathNode = fields.get("path");
        if (pathNode == null) {
            throw yaml.file().error(node, "repo '" + name + "' has no 'path'");
        }
        Path path = absolute(yaml, pathNode, "the path of repo '" + name + "'");
        boolean bare = yaml.bool(fields.get("bare"), "'bare' of repo '" + name + "'");
        List<String> flags = yaml.strings(fields.get("flags"), "'flags' of repo '" + name + "'");
        return new Repo(name, path, bare, flags, unknownKeys(fields, REPO_KEYS));
    }

    private static Group readGroup(YamlNodes yaml, String name, Node node) {
        requireName(yaml, name, node);
        Map<String, Node> fields = yaml.mapping(node, "group '" + name + "'");
        List<String> members = yaml.strings(fields.get("members"), "'members' of group '" + name + "'");
        Optional<Path> path = fields.get("path") == null || YamlNodes.isNull(fields.get("path"))
                ? Optional.empty()
                : Optional.of(absolute(yaml, fields.get("path"), "the path of group '" + name + "'"));
        if (path.filter(p -> Names.hasControl(p.toString())).isPresent()) {
            throw yaml.file().error(fields.get("path"), "the path of group '" + name + "' holds control characters or line breaks");
        }
        return new Group(name, members, path, unknownKeys(fields, GROUP_KEYS));
    }

    private static void requireName(YamlNodes yaml, String name, Node node) {
        Names.problem(name).ifPresent(problem -> {
            throw yaml.file().error(node, "'" + name + "': " + problem);
        });
    }

    private static Path absolute(YamlNodes yaml, Node node, String what) {
        Path path = yaml.path(node, what);
        if (!path.isAbsolute()) {
            throw yaml.file().error(node, what + " must be absolute");
        }
        return path.normalize();
    }

    private static Map<String, Object> unknownKeys(Map<String, Node> fields, Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!known.contains(key)) {
                extra.put(key, YamlNodes.plain(value));
            }
        });
        return extra;
    }

    public static String write(Registry registry) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Object> repos = new LinkedHashMap<>();
        for (Repo repo : registry.repos()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("path", repo.path().toString());
            if (repo.bare()) {
                fields.put("bare", true);
            }
            if (!repo.flags().isEmpty()) {
                fields.put("flags", repo.flags());
            }
            fields.putAll(repo.extra());
            repos.put(repo.name(), fields);
        }
        top.put("repos", repos);
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Group group : registry.groups()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("members", group.members());
            group.path().ifPresent(p -> fields.put("path", p.toString()));
            fields.putAll(group.extra());
            groups.put(group.name(), fields);
        }
        top.put("groups", groups);
        registry.context().ifPresent(c -> top.put("context", c));
        top.putAll(registry.extra());
        return YamlWriter.dump(top);
    }
}
