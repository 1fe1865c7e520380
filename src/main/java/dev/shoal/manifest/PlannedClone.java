package dev.shoal.manifest;

/** One entry of a clone plan: the entry with its path where it goes, what to do, and why in words. */
public record PlannedClone(ManifestEntry entry, CloneAction action, String reason) {
}
