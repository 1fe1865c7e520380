package dev.shoal.git;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads whole objects out of a {@code .pack} file, following delta chains to their base. Positional
 * reads, never the whole file: packs run to gigabytes, and a status line needs one commit.
 */
final class PackFile {
    private static final String[] TYPES = {null, "commit", "tree", "blob", "tag"};
    private static final int OFS_DELTA = 6;
    private static final int REF_DELTA = 7;
    /** git itself stops at 4095 deltas deep; a longer chain means a damaged pack. */
    private static final int MAX_CHAIN = 5000;
    /** Commits are a few hundred bytes compressed; one read usually holds a whole one. */
    private static final int INPUT_CHUNK = 4096;
    private final Path file;
    private final PackIndex index;

    PackFile(Path file, PackIndex index) {
        this.file = file;
        this.index = index;
    }

    /** The object with this id, if this pack holds it (and whatever its deltas build on). */
    Optional<GitObject> read(byte[] id) throws IOException {
        OptionalLong offset = index.offsetOf(id);
        if (offset.isEmpty()) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, offset.getAsLong(), id.length);
        } catch (BufferUnderflowException e) {
            throw new IOException(file + ": an object header runs past the end of the pack", e);
        }
    }

    private Optional<GitObject> read(FileChannel channel, long offset, int hashLength) throws IOException {
        Deque<byte[]> deltas = new ArrayDeque<>();
        long position = offset;
        for (int depth = 0; depth < MAX_CHAIN; depth++) {
            ByteBuffer header = ByteBuffer.allocate(32 + hashLength);
            channel.read(header, position);
            header.flip();
            int b = header.get() & 0xff;
            int type = (b >> 4) & 7;
            long size = b & 0x0f;
            for (int shift = 4; (b & 0x80) != 0; shift += 7) {
                b = header.get() & 0xff;
                size |= (long) (b & 0x7f) << shift;
            }
            long base;
            if (type == OFS_DELTA) {
                b = header.get() & 0xff;
                long distance = b & 0x7f;
                while ((b & 0x80) != 0) {
                    b = header.get() & 0xff;
                    distance = ((distance + 1) << 7) | (b & 0x7f);
                }
                base = position - distance;
            } else if (type == REF_DELTA) {
                byte[] baseId = new byte[hashLength];
                header.get(baseId);
                OptionalLong found = index.offsetOf(baseId);
                if (found.isEmpty()) {
                    return Optional.empty(); // a thin pack's base lives elsewhere; let git answer
                }
                base = found.getAsLong();
            } else if (type >= 1 && type <= 4) {
                byte[] content = inflate(channel, position + header.position(), size);
                while (!deltas.isEmpty()) {
                    content = Delta.apply(content, deltas.pop());
                }
                return Optional.of(new GitObject(TYPES[type], content));
            } else {
                throw new IOException(file + ": unknown object type " + type + " at " + position);
            }
            deltas.push(inflate(channel, position + header.position(), size));
            position = base;
        }
        throw new IOException(file + ": delta chain longer than " + MAX_CHAIN + " at " + offset);
    }

    private byte[] inflate(FileChannel channel, long position, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException(file + ": object too large to read whole (" + size + " bytes)");
        }
        byte[] content = new byte[(int) size];
        Inflater inflater = new Inflater();
        try {
            ByteBuffer input = ByteBuffer.allocate(INPUT_CHUNK);
            long next = position;
            int produced = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    input.clear();
                    int read = channel.read(input, next);
                    if (read <= 0) {
                        throw new IOException(file + ": object at " + position + " is cut short");
                    }
                    next += read;
                    inflater.setInput(input.flip());
                }
                int inflated = inflater.inflate(content, produced, content.length - produced);
                produced += inflated;
                if (inflated == 0 && !inflater.finished() && !inflater.needsInput()) {
                    throw new IOException(file + ": object at " + position + " is larger than its header says");
                }
            }
            if (produced != content.length) {
                throw new IOException(file + ": object at " + position + " is smaller than its header says");
            }
            return content;
        } catch (DataFormatException e) {
            throw new IOException(file + ": object at " + position + " is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** git's delta format: the target's bytes as copies from the base and literal inserts. */
    static final class Delta {
        private Delta() {
        }

        static byte[] apply(byte[] base, byte[] delta) throws IOException {
            int[] at = {0};
            long baseSize = varint(delta, at);
            long targetSize = varint(delta, at);
            if (baseSize != base.length || targetSize > Integer.MAX_VALUE) {
                throw new IOException("delta does not fit its base");
            }
            byte[] target = new byte[(int) targetSize];
            int out = 0;
            int i = at[0];
            try {
                while (i < delta.length) {
                    int op = delta[i++] & 0xff;
                    if ((op & 0x80) != 0) {
                        int copyOffset = 0;
                        int copySize = 0;
                        for (int bit = 0; bit < 4; bit++) {
                            if ((op & (1 << bit)) != 0) {
                                copyOffset |= (delta[i++] & 0xff) << (8 * bit);
                            }
                        }
                        for (int bit = 0; bit < 3; bit++) {
                            if ((op & (0x10 << bit)) != 0) {
                                copySize |= (delta[i++] & 0xff) << (8 * bit);
                            }
                        }
                        if (copySize == 0) {
                            copySize = 0x10000;
                        }
                        System.arraycopy(base, copyOffset, target, out, copySize);
                        out += copySize;
                    } else if (op != 0) {
                        System.arraycopy(delta, i, target, out, op);
                        i += op;
                        out += op;
                    } else {
                        throw new IOException("delta holds the reserved instruction 0");
                    }
                }
            } catch (IndexOutOfBoundsException e) {
                throw new IOException("delta reaches outside its base or target", e);
            }
            if (out != target.length) {
                throw new IOException("delta builds " + out + " bytes, not " + target.length);
            }
            return target;
        }

        private static long varint(byte[] data, int[] at) {
            long value = 0;
            int shift = 0;
            int b;
            do {
                b = data[at[0]++] & 0xff;
                value |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }
    }
}
