package dev.shoal.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed reads of a YAML node tree that fail with the file, line and column of the offending node.
 * Scalars are taken as written, so a name like {@code 1.10} is never turned into the number 1.1.
 */
public final class YamlNodes {
    private final YamlFile file;

    public YamlNodes(YamlFile file) {
        this.file = file;
    }

    public YamlFile file() {
        return file;
    }

    /** The entries of a mapping, keys as written, in file order; none when the key is absent or empty. */
    public Map<String, Node> mapping(Node node, String what) {
        if (node == null || isNull(node)) {
            return new LinkedHashMap<>();
        }
        if (!(node instanceof MappingNode mapping)) {
            throw file.error(node, what + " must be a mapping of names to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key in " + what);
            if (entries.put(key, tuple.getValueNode()) != null) {
                throw file.error(tuple.getKeyNode(), "'" + key + "' appears twice in " + what);
            }
        }
        return entries;
    }

    public String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw file.error(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    /** A path as written (not normalised); one the system cannot take (a NUL in it) is this node's error. */
    public Path path(Node node, String what) {
        try {
            return Path.of(scalar(node, what));
        } catch (InvalidPathException e) {
            throw file.error(node, what + " is not a path: " + e.getReason());
        }
    }

    public Optional<String> optionalScalar(Node node, String what) {
        return node == null || isNull(node) ? Optional.empty() : Optional.of(scalar(node, what));
    }

    public boolean bool(Node node, String what) {
        if (node == null || isNull(node)) {
            return false;
        }
        String value = scalar(node, what);
        return switch (value) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            default -> throw file.error(node, what + " must be true or false, not '" + value + "'");
        };
    }

    /** A list of strings; a single string is taken as a list of one. */
    public List<String> strings(Node node, String what) {
        List<String> values = new ArrayList<>();
        if (node == null || isNull(node)) {
            return values;
        }
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                values.add(scalar(item, "each item of " + what));
            }
        } else {
            values.add(scalar(node, what));
        }
        return values;
    }

    /**
     * A node as maps, lists and {@link YamlWriter.Scalar}s, to carry keys shoal does not know through a
     * rewrite unchanged: scalars keep their text, tag and quoting rather than becoming numbers.
     */
    public static Object plain(Node node) {
        return plain(node, new IdentityHashMap<>());
    }

    /** {@code made} holds each collection already converted, so an alias (even one to itself) stays shared. */
    private static Object plain(Node node, Map<Node, Object> made) {
        Object done = made.get(node);
        if (done != null) {
            return done;
        }
        if (node instanceof MappingNode mapping) {
            Map<Object, Object> map = new LinkedHashMap<>();
            made.put(node, map);
            mapping.getValue().forEach(t -> map.put(plain(t.getKeyNode(), made), plain(t.getValueNode(), made)));
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            made.put(node, list);
            sequence.getValue().forEach(item -> list.add(plain(item, made)));
            return list;
        }
        return YamlWriter.Scalar.of((ScalarNode) node);
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }
}
