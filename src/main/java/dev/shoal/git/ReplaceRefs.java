package dev.shoal.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether {@code git replace} put another object in an object's place ({@code refs/replace/<id>}).
 * git log shows the replacement's message and author under the replaced id; rather than also follow
 * chains, {@code core.useReplaceRefs} and the environment as git does, a replaced object is left to
 * git, which honors all of them. Costs a stat and, when the repo has packed refs, a read of that file.
 */
final class ReplaceRefs {
    private ReplaceRefs() {
    }

    /** True when git might read {@code hexId} as another object in the repo whose refs live in {@code commonDir}. */
    static boolean mayReplace(Path commonDir, String hexId) {
        String ref = "refs/replace/" + hexId;
        if (Files.exists(commonDir.resolve(ref))) {
            return true;
        }
        if (Files.isDirectory(commonDir.resolve("reftable"))) {
            return true; // refs in a reftable (git 2.45+) are not files to look at: git answers
        }
        Path packed = commonDir.resolve("packed-refs");
        if (!Files.exists(packed)) {
            return false;
        }
        try {
            // A line is "<id> <refname>"; the name at the end of a line is the whole of it.
            String text = Files.readString(packed, StandardCharsets.ISO_8859_1);
            return text.contains(" " + ref + "\n") || text.endsWith(" " + ref);
        } catch (IOException e) {
            return true; // unreadable here: git says what it makes of it
        }
    }
}
