package dev.shoal.git;

/** What git makes of a URL it is asked to clone. */
public final class CloneUrls {
    private CloneUrls() {
    }

    /**
     * The folder {@code git clone URL} would make, by git's own rule: the last path part, without a
     * trailing {@code .git} (or {@code /.git}, or {@code .bundle}); a bare clone gets {@code .git} back.
     * So {@code https://host/me/my.lib.git} gives {@code my.lib}, and {@code host:me/tools} gives {@code tools}.
     */
    public static String folderName(String url, boolean bare) {
        String text = url.strip();
        text = trimTrailingSlashes(text);
        if (text.endsWith("/.git")) {
            text = trimTrailingSlashes(text.substring(0, text.length() - "/.git".length()));
        }
        int scheme = text.indexOf("://");
        String rest = scheme >= 0 ? text.substring(scheme + 3) : text;
        int cut = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf(':'));
        String name = cut >= 0 ? rest.substring(cut + 1) : rest;
        for (String suffix : new String[] {".git", ".bundle"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return bare ? name + ".git" : name;
    }

    private static String trimTrailingSlashes(String text) {
        String trimmed = text;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
