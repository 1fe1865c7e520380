package dev.shoal.registry;

import java.nio.file.Path;

/**
 * The name a newly registered repo gets: its folder's name (a bare {@code x.git} becomes {@code x}),
 * and on a clash with a repo or group, or when it starts with {@code -} (see {@link Names}), as many
 * parent folders as it takes: {@code work/api}, {@code src/-x}.
 */
public final class RepoNaming {
    private RepoNaming() {
    }

    public static String nameFor(Path path, boolean bare, Registry registry) {
        String base = folderName(path, bare);
        String name = base;
        Path parent = path.getParent();
        while ((registry.nameTaken(name) || name.startsWith("-")) && parent != null && parent.getFileName() != null) {
            name = parent.getFileName() + "/" + name;
            parent = parent.getParent();
        }
        if (name.startsWith("-")) {
            base = "_" + base; // no parent folder to put in front: a name must not read as an option
            name = base;
        }
        // Every parent folder is taken too (the same path under another root, say): number it.
        for (int n = 2; registry.nameTaken(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static String folderName(Path path, boolean bare) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (bare && name.endsWith(".git") && name.length() > ".git".length()) {
            return name.substring(0, name.length() - ".git".length());
        }
        return name;
    }
}
