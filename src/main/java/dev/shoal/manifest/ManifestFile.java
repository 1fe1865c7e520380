package dev.shoal.manifest;

import dev.shoal.ShoalException;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a manifest: YAML in either format, told apart by the top key (shoal's {@code repos}, vcstool's
 * {@code repositories}), or the CSV of {@code gita freeze}.
 */
public final class ManifestFile {
    private ManifestFile() {
    }

    /** A manifest's text in any format {@code clone -f} reads: shoal's, vcstool's, or gita freeze's CSV. */
    public static Manifest parse(Path path, String text) {
        return GitaFreezeCodec.looksLike(text) ? GitaFreezeCodec.read(path, text) : read(YamlFile.parse(path, text));
    }

    public static Manifest read(YamlFile file) {
        if (file.root().isEmpty()) {
            return new Manifest(List.of(), List.of());
        }
        YamlNodes yaml = new YamlNodes(file);
        Map<String, Node> top = yaml.mapping(file.root().get(), "a manifest");
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
}
