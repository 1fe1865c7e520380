package dev.shoal.manifest;

import dev.shoal.ShoalException;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a manifest in either format, told apart by the top key: shoal's {@code repos}, vcstool's {@code repositories}. */
public final class ManifestFile {
    private ManifestFile() {
    }

    public static Manifest read(YamlFile file) {
        if (file.root().isEmpty()) {
            return new Manifest(List.of(), List.of());
        }
        Node root = file.root().get();
        Optional<String> other = otherFormat(root);
        if (other.isPresent()) {
            throw file.error(root, "this is " + other.get() + ", a format shoal does not read; it reads shoal manifests "
                    + "('shoal freeze') and vcstool .repos files");
        }
        YamlNodes yaml = new YamlNodes(file);
        Map<String, Node> top = yaml.mapping(root, "a manifest");
        if (top.containsKey(ReposCodec.REPOSITORIES)) {
            if (top.containsKey(ManifestCodec.REPOS)) {
                throw file.error(top.get(ManifestCodec.REPOS),
                        "both '" + ManifestCodec.REPOS + "' (shoal) and '" + ReposCodec.REPOSITORIES + "' (vcstool): which format is this?");
            }
            return ReposCodec.read(yaml, top);
        }
        if (!top.containsKey(ManifestCodec.REPOS)) {
            throw ShoalException.config(file.path() + ": not a manifest: it has neither '" + ManifestCodec.REPOS
                    + "' (shoal freeze) nor '" + ReposCodec.REPOSITORIES + "' (vcstool .repos)");
        }
        return ManifestCodec.read(yaml, top);
    }

    /**
     * The manifest formats of other tools, told by their shape: rosinstall's list of one-key mappings
     * ({@code - git: {local-name: ..., uri: ...}}), west's {@code manifest:} and the repo tool's XML
     * (which reads as YAML text).
     */
    private static Optional<String> otherFormat(Node root) {
        if (root instanceof SequenceNode list) {
            boolean rosinstall = list.getValue().stream().allMatch(item -> item instanceof MappingNode m && m.getValue().size() == 1);
            return Optional.of(rosinstall ? "a .rosinstall file (rosinstall and wstool's list of repos)" : "a YAML list");
        }
        if (root instanceof MappingNode mapping && mapping.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("manifest"))) {
            return Optional.of("a west manifest (west.yml)");
        }
        if (root instanceof ScalarNode text && text.getValue().startsWith("<")) {
            return Optional.of("an XML file (a repo tool manifest?)");
        }
        return Optional.empty();
    }
}
