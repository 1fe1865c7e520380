package dev.shoal.manifest;

/** What {@code clone -f} does with one manifest entry, decided before anything runs. */
public enum CloneAction {
    /** Clone it: its folder does not exist yet, or is empty. */
    CLONE,
    /** Its folder already holds this repo: nothing to clone, just register it. */
    PRESENT,
    /** Its folder holds something else: an error for this entry alone. */
    CONFLICT,
    /** No remote to clone from, and nothing at its folder: reported, not an error. */
    LOCAL_ONLY
}
