package dev.shoal.manifest;

import java.util.List;

/**
 * One entry of a clone plan: the entry with its path where it goes, what to do, and why in words.
 * {@code ignoredFlags} are the git flags the manifest gave it, left out of the entry because the user
 * did not pass {@code --trust-flags}: shown in the plan, never applied.
 */
public record PlannedClone(ManifestEntry entry, CloneAction action, String reason, List<String> ignoredFlags) {
    public PlannedClone {
        ignoredFlags = List.copyOf(ignoredFlags);
    }

    public PlannedClone(ManifestEntry entry, CloneAction action, String reason) {
        this(entry, action, reason, List.of());
    }
}
