package dev.shoal.git;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * A pack's {@code .idx} file: where in the pack each object starts. Mapped into memory, so a lookup
 * touches only the few pages its binary search visits, however large the repo. Reads version 2 (git's
 * default since 2007) and version 1; the hash length (SHA-1 or SHA-256) comes from the object ids asked for.
 */
final class PackIndex {
    private static final int MAGIC = 0xff744f63;
    private static final int FANOUT_BYTES = 256 * 4;
    private static final int SHA1_LENGTH = 20;
    private final MappedByteBuffer data;
    private final boolean version2;
    private final int count;

    private PackIndex(MappedByteBuffer data) throws IOException {
        this.data = data;
        this.version2 = data.capacity() >= 8 && data.getInt(0) == MAGIC;
        if (version2 && data.getInt(4) != 2) {
            throw new IOException("pack index version " + data.getInt(4) + " is not supported");
        }
        if (data.capacity() < fanoutStart() + FANOUT_BYTES) {
            throw new IOException("pack index too small for its fan-out table");
        }
        this.count = data.getInt(fanoutStart() + 255 * 4);
        // The smallest the file can be with SHA-1 ids, two checksums at its end; git refuses a shorter one.
        long entries = (long) count * (version2 ? SHA1_LENGTH + 4 + 4 : 4 + SHA1_LENGTH);
        if (count < 0 || data.capacity() < fanoutStart() + FANOUT_BYTES + entries + 2L * SHA1_LENGTH) {
            throw new IOException("pack index too small for its " + Integer.toUnsignedString(count) + " objects");
        }
    }

    static PackIndex open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new PackIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        }
    }

    /** The offset in the pack of the object with this id, if the pack holds it. */
    OptionalLong offsetOf(byte[] id) {
        int first = id[0] & 0xff;
        int low = first == 0 ? 0 : data.getInt(fanoutStart() + (first - 1) * 4);
        int high = data.getInt(fanoutStart() + first * 4) - 1;
        byte[] probe = new byte[id.length];
        while (low <= high) {
            int middle = (low + high) >>> 1;
            data.get(idPosition(middle, id.length), probe);
            int order = Arrays.compareUnsigned(probe, id);
            if (order == 0) {
                return OptionalLong.of(offset(middle, id.length));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return OptionalLong.empty();
    }

    private int fanoutStart() {
        return version2 ? 8 : 0;
    }

    private int idPosition(int entry, int hashLength) {
        return version2 ? 8 + FANOUT_BYTES + entry * hashLength : FANOUT_BYTES + entry * (4 + hashLength) + 4;
    }

    private long offset(int entry, int hashLength) {
        if (!version2) {
            return Integer.toUnsignedLong(data.getInt(FANOUT_BYTES + entry * (4 + hashLength)));
        }
        int offsets = 8 + FANOUT_BYTES + count * (hashLength + 4); // after the ids and their CRCs
        int small = data.getInt(offsets + entry * 4);
        if (small >= 0) {
            return small;
        }
        // Packs over 2 GiB: the high bit points into a table of 8-byte offsets that follows.
        return data.getLong(offsets + count * 4 + (small & 0x7fffffff) * 8);
    }
}
