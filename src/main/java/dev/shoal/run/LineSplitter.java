package dev.shoal.run;

import java.util.Arrays;

/**
 * Cuts a stream of bytes into lines: at {@code \n}, {@code \r\n}, and a lone {@code \r} (a progress update
 * that overwrites the line, as git prints "Receiving objects: 45%"). A line longer than {@code maxLine}
 * is handed over in pieces of that size. Bytes are kept as they are; no charset is involved.
 */
final class LineSplitter {
    interface Sink {
        void line(byte[] line, boolean progress);
    }

    private final Sink sink;
    private final int maxLine;
    private byte[] pending = new byte[128];
    private int length;
    /** The last byte seen was a \r: the line ends, but whether as progress depends on the next byte. */
    private boolean afterReturn;

    LineSplitter(int maxLine, Sink sink) {
        this.maxLine = maxLine;
        this.sink = sink;
    }

    void accept(byte[] bytes, int offset, int count) {
        int end = offset + count;
        int i = offset;
        while (i < end) {
            if (afterReturn) {
                afterReturn = false;
                boolean crlf = bytes[i] == '\n';
                emit(!crlf);
                if (crlf) {
                    i++;
                    continue;
                }
            }
            int stop = i;
            while (stop < end && bytes[stop] != '\n' && bytes[stop] != '\r') {
                stop++;
            }
            append(bytes, i, stop - i);
            if (stop == end) {
                return;
            }
            if (bytes[stop] == '\n') {
                emit(false);
            } else {
                afterReturn = true;
            }
            i = stop + 1;
        }
    }

    /** The stream ended: a last line without an ending still counts. */
    void finish() {
        if (afterReturn) {
            afterReturn = false;
            emit(true);
        } else if (length > 0) {
            emit(false);
        }
    }

    private void append(byte[] bytes, int offset, int count) {
        while (count > 0) {
            if (length == maxLine) {
                emit(false);
            }
            int take = Math.min(maxLine - length, count);
            if (length + take > pending.length) {
                pending = Arrays.copyOf(pending, Math.min(maxLine, Math.max(length + take, pending.length * 2)));
            }
            System.arraycopy(bytes, offset, pending, length, take);
            length += take;
            offset += take;
            count -= take;
        }
    }

    private void emit(boolean progress) {
        sink.line(Arrays.copyOf(pending, length), progress);
        length = 0;
    }
}
