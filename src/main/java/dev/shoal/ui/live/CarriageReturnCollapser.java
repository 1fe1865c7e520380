package dev.shoal.ui.live;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes a job's captured output through, keeping of each line only its last version when the line
 * was rewritten with carriage returns (git's {@code Receiving objects: 45%\r...100%, done.}). Printed
 * raw, those rewrites garble the screen as soon as one version is wider than the terminal and wraps;
 * the live region has already shown them as they came. Everything else, escape sequences included,
 * passes byte for byte. Holds at most {@value #MAX_PENDING} bytes of one line; a longer line is
 * passed on as it comes, and a rewrite of it then starts a new line instead.
 */
final class CarriageReturnCollapser extends OutputStream {
    private static final int MAX_PENDING = 64 * 1024;
    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] NOTHING = {};

    private final OutputStream out;
    private final byte[] pending = new byte[MAX_PENDING];
    private int pendingLength;
    /** A carriage return came last; whether it ends a CRLF line or starts a rewrite is up to the next byte. */
    private boolean afterReturn;
    /** Part of the current line is already passed on (it was longer than the buffer). */
    private boolean linePassed;
    private boolean atLineStart = true;

    CarriageReturnCollapser(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int segment = offset; // start of the bytes not yet kept or passed on
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (afterReturn && b != '\r') {
                afterReturn = false;
                if (b == '\n') {
                    passLine(bytes, segment, 0, CRLF);
                    segment = i + 1;
                    continue;
                }
                dropLine();
            }
            if (b == '\n') {
                passLine(bytes, segment, i + 1 - segment, NOTHING);
                segment = i + 1;
            } else if (b == '\r') {
                keep(bytes, segment, i - segment);
                afterReturn = true;
                segment = i + 1;
            }
        }
        keep(bytes, segment, end - segment);
    }

    /** Flushes what is passed on; the line being written stays held, since a carriage return may still rewrite it. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Passes on what is pending of the last line and ends it, so whatever prints next starts on a line of its own. */
    void finish() throws IOException {
        afterReturn = false;
        passPending();
        if (!atLineStart) {
            passOn(NEWLINE, 0, 1);
        }
        linePassed = false;
        out.flush();
    }

    private void passLine(byte[] bytes, int offset, int length, byte[] ending) throws IOException {
        passPending();
        passOn(bytes, offset, length);
        passOn(ending, 0, ending.length);
        linePassed = false;
    }

    /** A carriage return followed by more text: the line so far is overwritten. */
    private void dropLine() throws IOException {
        pendingLength = 0;
        if (linePassed) {
            passOn(NEWLINE, 0, 1);
            linePassed = false;
        }
    }

    private void keep(byte[] bytes, int offset, int length) throws IOException {
        if (pendingLength + length > MAX_PENDING) {
            passPending();
            passOn(bytes, offset, length);
            linePassed = true;
            return;
        }
        System.arraycopy(bytes, offset, pending, pendingLength, length);
        pendingLength += length;
    }

    private void passPending() throws IOException {
        passOn(pending, 0, pendingLength);
        pendingLength = 0;
    }

    private void passOn(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0) {
            out.write(bytes, offset, length);
            atLineStart = bytes[offset + length - 1] == '\n';
        }
    }
}
