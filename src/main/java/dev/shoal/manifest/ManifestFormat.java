package dev.shoal.manifest;

/** The formats {@code freeze} writes. */
public enum ManifestFormat {
    /** shoal's own: everything, see {@link ManifestCodec}. */
    SHOAL,
    /** vcstool's {@code .repos}: one URL and version per repo, see {@link ReposCodec}. */
    REPOS;

    /** The format a file name asks for: {@code .repos} files are vcstool's. */
    public static ManifestFormat forFileName(String name) {
        return name.endsWith(".repos") ? REPOS : SHOAL;
    }
}
