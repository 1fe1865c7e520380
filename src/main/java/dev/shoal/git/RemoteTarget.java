package dev.shoal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Config;

/**
 * Whom a network git command in a repo talks to: the remote hosts (as {@code host} or {@code host:port},
 * sorted; none for local paths and file URLs), and whether the user chose their own ssh command. Read
 * from the repo's config with {@code url.*.insteadOf} applied, the way git picks the remote: one named on
 * the command line, else the current branch's, else origin, else the only one; all of them for
 * {@code --all} and {@code remote update}.
 */
public record RemoteTarget(List<String> hosts, boolean sshCommandConfigured) {
    public static final RemoteTarget LOCAL = new RemoteTarget(List.of(), false);
    /** {@code scheme://[user@]host[:port]/...}; the host may be an [IPv6] address. */
    private static final Pattern URL = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^@/]*@)?(\\[[^]]*]|[^:/]*)(?::(\\d+))?(?:/.*)?");
    /** scp-like {@code [user@]host:path}, where no slash comes before the colon. */
    private static final Pattern SCP = Pattern.compile("(?:[^@/]*@)?([^:/]+):.*");

    public RemoteTarget {
        hosts = List.copyOf(hosts);
    }

    public static RemoteTarget of(Path repo, List<String> argv, GitConfig gitConfig) {
        Optional<Path> gitDir = RepoDiscovery.gitDir(repo);
        // Outside a repo (a clone runs in the folder it clones into) only the user's own config counts.
        Path repoConfig = gitDir.map(dir -> RepoDiscovery.commonDir(dir).resolve("config")).orElse(repo.resolve(".git/config"));
        Config config = gitConfig.forRepo(repoConfig);
        boolean sshCommand = config.getString("core", null, "sshCommand") != null;
        Set<String> remotes = config.getSubsections("remote");
        String subcommand = GitArgs.subcommand(argv).orElse("");
        List<String> words = GitArgs.subcommandArgs(argv);
        boolean push = subcommand.equals("push");
        List<String> urls = new ArrayList<>();
        if (words.contains("--all") && !push || subcommand.equals("remote") || subcommand.equals("submodule")) {
            remotes.forEach(remote -> urls.addAll(urls(config, remote, push)));
        } else {
            Optional<String> remote = chosen(remotes, words, gitDir, config);
            if (remote.isPresent()) {
                urls.addAll(urls(config, remote.get(), push));
            } else {
                words.stream().filter(RemoteTarget::looksLikeUrl).findFirst().ifPresent(urls::add);
            }
        }
        TreeSet<String> hosts = new TreeSet<>();
        urls.forEach(url -> host(rewritten(config, url, push)).ifPresent(hosts::add));
        return new RemoteTarget(List.copyOf(hosts), sshCommand);
    }

    /** The remote named on the command line, else the current branch's, else origin, else the only one. */
    private static Optional<String> chosen(Set<String> remotes, List<String> words, Optional<Path> gitDir, Config config) {
        for (String word : words) {
            if (remotes.contains(word)) {
                return Optional.of(word);
            }
            if (looksLikeUrl(word)) {
                return Optional.empty();
            }
        }
        Optional<String> upstream = gitDir.flatMap(HeadFile::branch)
                .map(branch -> config.getString("branch", branch, "remote"))
                .filter(remotes::contains);
        if (upstream.isPresent()) {
            return upstream;
        }
        if (remotes.contains("origin")) {
            return Optional.of("origin");
        }
        return remotes.size() == 1 ? Optional.of(remotes.iterator().next()) : Optional.empty();
    }

    private static List<String> urls(Config config, String remote, boolean push) {
        String[] pushUrls = push ? config.getStringList("remote", remote, "pushurl") : new String[0];
        return List.of(pushUrls.length > 0 ? pushUrls : config.getStringList("remote", remote, "url"));
    }

    /** {@code url.BASE.insteadOf} (and pushInsteadOf for push), the longest matching prefix winning, as in git. */
    private static String rewritten(Config config, String url, boolean push) {
        String best = null;
        String bestBase = null;
        for (String base : config.getSubsections("url")) {
            List<String> prefixes = new ArrayList<>(List.of(config.getStringList("url", base, "insteadOf")));
            if (push) {
                prefixes.addAll(List.of(config.getStringList("url", base, "pushInsteadOf")));
            }
            for (String prefix : prefixes) {
                if (url.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                    bestBase = base;
                }
            }
        }
        return best == null ? url : bestBase + url.substring(best.length());
    }

    private static boolean looksLikeUrl(String word) {
        return !word.startsWith("-") && (word.contains("://") || SCP.matcher(word).matches());
    }

    /** The host of a URL, with its port if one is given; empty for local paths and file URLs. */
    static Optional<String> host(String url) {
        Matcher full = URL.matcher(url);
        if (full.matches()) {
            if (full.group(1).equalsIgnoreCase("file") || full.group(2).isEmpty()) {
                return Optional.empty();
            }
            String host = full.group(2).toLowerCase(Locale.ROOT);
            return Optional.of(full.group(3) == null ? host : host + ":" + full.group(3));
        }
        if (url.contains("://") || url.startsWith("/") || url.startsWith(".")) {
            return Optional.empty();
        }
        Matcher scp = SCP.matcher(url);
        return scp.matches() ? Optional.of(scp.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
