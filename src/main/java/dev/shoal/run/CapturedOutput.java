package dev.shoal.run;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes a job printed, exactly as printed. Small output lives in memory; large output is spilled to
 * a temp file by the runner, so reading it means opening a stream, never holding it all.
 */
public interface CapturedOutput {
    long size();

    InputStream open() throws IOException;
}
