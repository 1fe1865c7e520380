package dev.shoal.ui.live;

import dev.shoal.run.CapturedOutput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Output held in memory, as a test hands it to a view. */
record Captured(byte[] bytes) implements CapturedOutput {
    static Captured of(String text) {
        return new Captured(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }
}
