package dev.shoal.files;

import dev.shoal.ShoalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML files into node trees that remember where each value stands, so any mistake, in the
 * syntax or in the meaning, is reported as {@code FILE:LINE:COL: what is wrong}. YAML 1.2's core
 * schema keeps names such as {@code no}, {@code on} or {@code 1.10} strings.
 *
 * <p>Every file is read within two limits, so a hostile or broken one is an error, never a crash:
 * {@link #MAX_BYTES} (read as a stream, so {@code /dev/zero} stops there) and {@link #MAX_DEPTH}.
 */
public final class YamlFile {
    /**
     * SnakeYAML Engine's own default code point limit, kept: a registry of 2000 repos is about 150 KB,
     * so 3 MiB leaves room for 40,000. As bytes, it also bounds the code points.
     */
    public static final int MAX_BYTES = 3 * 1024 * 1024;
    /**
     * Nesting deeper than this is refused. The composer recurses once per level and overflowed the
     * stack at about 1,500 levels; shoal's files need 4, so 64 is far from both.
     */
    public static final int MAX_DEPTH = 64;

    private final Path path;
    private final Optional<Node> root;

    private YamlFile(Path path, Optional<Node> root) {
        this.path = path;
        this.root = root;
    }

    /** The file's document, or an empty one when the file does not exist. */
    public static YamlFile read(Path path) {
        return bytes(path).map(bytes -> parse(path, bytes)).orElseGet(() -> new YamlFile(path, Optional.empty()));
    }

    /** The file's bytes, at most {@link #MAX_BYTES} of them; empty when the file does not exist. */
    public static Optional<byte[]> bytes(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return Optional.of(limited(path, in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw ShoalException.config(path + ": cannot read: " + e.getMessage());
        }
    }

    /** The document in a file's {@link #bytes}. */
    public static YamlFile parse(Path path, byte[] bytes) {
        return parse(path, decode(path, bytes));
    }

    /**
     * A stream's text, at most {@link #MAX_BYTES} of it, read as a stream: {@code clone -f /dev/zero} ends
     * with an error, not with the memory gone.
     */
    public static String text(Path path, InputStream in) throws IOException {
        return decode(path, limited(path, in));
    }

    private static byte[] limited(Path path, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw ShoalException.config(path + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB, more than shoal reads");
        }
        return bytes;
    }

    private static String decode(Path path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ShoalException.config(path + ": not UTF-8 text");
        }
    }

    public static YamlFile parse(Path path, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_BYTES)
                .build();
        try {
            return new YamlFile(path, new DepthLimitedComposer(settings, text).getSingleNode());
        } catch (MarkedYamlEngineException e) {
            throw new ShoalException(dev.shoal.ExitCode.USAGE,
                    at(path, e.getProblemMark().or(e::getContextMark)) + oneLine(e.getProblem()), e);
        } catch (YamlEngineException e) {
            throw ShoalException.config(path + ": " + oneLine(e.getMessage()));
        }
    }

    /**
     * Refuses to write {@code text} to {@code path} when shoal could not read it back: past the size
     * limit or the depth limit, or not YAML. A write that would make the file unreadable is an error
     * before anything is written, not after. Returns the document as a read will find it.
     */
    public static YamlFile requireReadable(Path path, String text) {
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            throw ShoalException.config("not written: " + path + " would be " + size / 1024 + " KiB, more than the "
                    + MAX_BYTES / (1024 * 1024) + " MiB shoal reads");
        }
        try {
            return parse(path, text);
        } catch (ShoalException e) {
            throw ShoalException.config("not written: " + path + " could not be read back: " + e.getMessage());
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

    private static String at(Path path, Optional<Mark> mark) {
        // Marks count from zero; editors and compilers count lines and columns from one.
        return mark.map(m -> path + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1) + ": ").orElse(path + ": ");
    }

    private static String oneLine(String text) {
        return text == null ? "not valid YAML" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /**
     * SnakeYAML Engine has no nesting limit (its composer recurses per level); this one counts the
     * levels as it goes and stops at {@link #MAX_DEPTH}, pointing at the collection that went too deep.
     */
    private static final class DepthLimitedComposer extends Composer {
        private int depth;

        DepthLimitedComposer(LoadSettings settings, String text) {
            super(settings, new ParserImpl(settings, new StreamReader(settings, text)));
        }

        @Override
        protected SequenceNode composeSequenceNode(Optional<Anchor> anchor) {
            return oneLevelDown(() -> super.composeSequenceNode(anchor));
        }

        @Override
        protected Node composeMappingNode(Optional<Anchor> anchor) {
            return oneLevelDown(() -> super.composeMappingNode(anchor));
        }

        private <T> T oneLevelDown(Supplier<T> compose) {
            if (++depth > MAX_DEPTH) {
                throw new ComposerException("", Optional.empty(),
                        "nested more than " + MAX_DEPTH + " levels deep", parser.peekEvent().getStartMark());
            }
            try {
                return compose.get();
            } finally {
                depth--;
            }
        }
    }
}
