package dev.shoal.git;

import java.util.List;

/**
 * A configured remote as written in the repo's config: {@code urls} are the {@code remote.NAME.url}
 * values (git fetches from the first and pushes to all of them unless {@code pushUrls} are set).
 * URLs are kept as configured, before any {@code url.X.insteadOf} rewrite, so the rewrite rules of
 * the machine that clones them apply again.
 */
public record Remote(String name, List<String> urls, List<String> pushUrls) {
    public Remote {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("remote " + name + " has no url");
        }
        urls = List.copyOf(urls);
        pushUrls = List.copyOf(pushUrls);
    }

    public static Remote of(String name, String url) {
        return new Remote(name, List.of(url), List.of());
    }

    /** The URL git fetches from. */
    public String url() {
        return urls.getFirst();
    }
}
