package dev.shoal.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;

/**
 * Whom a network git command in a repo talks to: the remote hosts (as {@code host} or {@code host:port},
 * sorted; none for local paths and file URLs), and whether the user chose their own ssh command. Read
 * from the repo's config with {@code url.*.insteadOf} applied, the way git picks the remote: one named on
 * the command line, else the current branch's, else origin, else the only one; all of them for
 * {@code --all} and {@code remote update}.
 */
public record RemoteTarget(List<String> hosts, boolean sshCommandConfigured) {
    public static final RemoteTarget LOCAL = new RemoteTarget(List.of(), false);

    public RemoteTarget {
        hosts = List.copyOf(hosts);
    }

    public static RemoteTarget of(Path repo, List<String> argv, Map<String, String> env) {
        Optional<Path> gitDir = RepoDiscovery.gitDir(repo);
        // Outside a repo (a clone runs in the folder it clones into) only the user's own config counts.
        Path repoConfig = gitDir.map(dir -> RepoDiscovery.commonDir(dir).resolve("config")).orElse(repo.resolve(".git/config"));
        Config config = GitConfig.load(repoConfig, env);
        boolean sshCommand = config.getString("core", null, "sshCommand") != null;
        List<RemoteConfig> remotes;
        try {
            remotes = RemoteConfig.getAllRemoteConfigs(config);
        } catch (URISyntaxException e) {
            return new RemoteTarget(List.of(), sshCommand);
        }
        String subcommand = GitArgs.subcommand(argv).orElse("");
        List<String> words = GitArgs.subcommandArgs(argv);
        TreeSet<String> hosts = new TreeSet<>();
        boolean push = subcommand.equals("push");
        if (words.contains("--all") && !push || subcommand.equals("remote") || subcommand.equals("submodule")) {
            remotes.forEach(r -> addHosts(hosts, r, push));
        } else {
            chosen(remotes, words, gitDir, config).ifPresentOrElse(
                    remote -> addHosts(hosts, remote, push),
                    () -> firstUrl(words).ifPresent(uri -> addHost(hosts, uri)));
        }
        return new RemoteTarget(List.copyOf(hosts), sshCommand);
    }

    /** The remote named on the command line, else the current branch's, else origin, else the only one. */
    private static Optional<RemoteConfig> chosen(List<RemoteConfig> remotes, List<String> words, Optional<Path> gitDir, Config config) {
        for (String word : words) {
            Optional<RemoteConfig> named = named(remotes, word);
            if (named.isPresent()) {
                return named;
            }
        }
        if (words.stream().anyMatch(w -> !w.startsWith("-") && looksLikeUrl(w))) {
            return Optional.empty();
        }
        Optional<RemoteConfig> upstream = gitDir.flatMap(RemoteTarget::currentBranch)
                .map(branch -> config.getString("branch", branch, "remote"))
                .flatMap(name -> named(remotes, name));
        if (upstream.isPresent()) {
            return upstream;
        }
        Optional<RemoteConfig> origin = named(remotes, "origin");
        return origin.isPresent() || remotes.size() != 1 ? origin : Optional.of(remotes.getFirst());
    }

    private static Optional<RemoteConfig> named(List<RemoteConfig> remotes, String name) {
        return remotes.stream().filter(r -> r.getName().equals(name)).findFirst();
    }

    private static Optional<URIish> firstUrl(List<String> words) {
        for (String word : words) {
            if (!word.startsWith("-") && looksLikeUrl(word)) {
                try {
                    return Optional.of(new URIish(word));
                } catch (URISyntaxException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** {@code scheme://...} or scp-like {@code user@host:path}. */
    private static boolean looksLikeUrl(String word) {
        return word.contains("://") || word.matches("[^/:]+@[^/:]+:.*");
    }

    private static Optional<String> currentBranch(Path gitDir) {
        try {
            String head = Files.readString(gitDir.resolve("HEAD")).strip();
            return head.startsWith("ref: refs/heads/")
                    ? Optional.of(head.substring("ref: refs/heads/".length()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void addHosts(TreeSet<String> hosts, RemoteConfig remote, boolean push) {
        List<URIish> uris = push && !remote.getPushURIs().isEmpty() ? remote.getPushURIs() : remote.getURIs();
        uris.forEach(uri -> addHost(hosts, uri));
    }

    private static void addHost(TreeSet<String> hosts, URIish uri) {
        String host = uri.getHost();
        if (host == null || host.isEmpty() || "file".equals(uri.getScheme())) {
            return;
        }
        String key = host.toLowerCase(Locale.ROOT);
        hosts.add(uri.getPort() > 0 ? key + ":" + uri.getPort() : key);
    }
}
