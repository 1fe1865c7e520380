package dev.shoal.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

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

    /** The entries of a mapping, keys as written, in file order. */
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

    /** A node as plain Java values, to carry keys shoal does not know through a rewrite unchanged. */
    public static Object plain(Node node) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        return new StandardConstructor(settings).constructSingleDocument(Optional.of(node));
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }
}
