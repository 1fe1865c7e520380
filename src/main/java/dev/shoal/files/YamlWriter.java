package dev.shoal.files;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes shoal's YAML: block style under the core schema, so strings that would read back as something
 * else get quoted; a {@link Scalar} read from a file (a key shoal does not know) is written back as it
 * was written, so {@code 1.10} stays {@code 1.10} and {@code 0x1F} stays {@code 0x1F}.
 */
public final class YamlWriter {
    private YamlWriter() {
    }

    /** A scalar exactly as a file held it: its text, its tag and its quoting. */
    public record Scalar(String value, Tag tag, ScalarStyle style) {
        static Scalar of(ScalarNode node) {
            return new Scalar(node.getValue(), node.getTag(), node.getScalarStyle());
        }
    }

    public static String dump(Object document) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema())
                .setIndent(2)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .setUseUnicodeEncoding(true)
                .build();
        return new Dump(settings, new AsWritten(settings)).dumpToString(document);
    }

    private static final class AsWritten extends StandardRepresenter {
        AsWritten(DumpSettings settings) {
            super(settings);
            representers.put(Scalar.class, data -> {
                Scalar scalar = (Scalar) data;
                return new ScalarNode(scalar.tag(), scalar.value(), scalar.style());
            });
        }
    }
}
