package dev.shoal.files;

import dev.shoal.ShoalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML files into node trees that remember where each value stands, so any mistake, in the
 * syntax or in the meaning, is reported as {@code FILE:LINE:COL: what is wrong}. YAML 1.2's core
 * schema keeps names such as {@code no}, {@code on} or {@code 1.10} strings.
 */
public final class YamlFile {
    private final Path path;
    private final Optional<Node> root;

    private YamlFile(Path path, Optional<Node> root) {
        this.path = path;
        this.root = root;
    }

    /** The file's document, or an empty one when the file does not exist. */
    public static YamlFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new YamlFile(path, Optional.empty());
        } catch (IOException e) {
            throw ShoalException.config(path + ": cannot read: " + e.getMessage());
        }
        return parse(path, text);
    }

    public static YamlFile parse(Path path, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .build();
        try {
            return new YamlFile(path, new Compose(settings).composeString(text));
        } catch (MarkedYamlEngineException e) {
            throw new ShoalException(dev.shoal.ExitCode.USAGE,
                    at(path, e.getProblemMark().or(e::getContextMark)) + oneLine(e.getProblem()), e);
        } catch (YamlEngineException e) {
            throw ShoalException.config(path + ": " + oneLine(e.getMessage()));
        }
    }

    public Path path() {
        return path;
    }

    public Optional<Node> root() {
        return root;
    }

    /** An error about one node of this file, pointing at where that node starts. */
    public ShoalException error(Node node, String message) {
        return ShoalException.config(at(path, node.getStartMark()) + message);
    }

    /** Block-style YAML under the core schema: strings that would read back as something else get quoted. */
    public static String dump(Object document) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema())
                .setIndent(2)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .setUseUnicodeEncoding(true)
                .build();
        return new Dump(settings).dumpToString(document);
    }

    private static String at(Path path, Optional<Mark> mark) {
        // Marks count from zero; editors and compilers count lines and columns from one.
        return mark.map(m -> path + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": ").orElse(path + ": ");
    }

    private static String oneLine(String text) {
        return text == null ? "not valid YAML" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
