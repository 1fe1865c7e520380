package dev.shoal.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named set of repos. Its optional {@code path} is the folder the group stands for, which
 * {@code context auto} matches against the working directory.
 */
public record Group(String name, List<String> members, Optional<Path> path, Map<String, Object> extra) {

    public Group {
        members = List.copyOf(members);
        extra = Map.copyOf(extra);
    }

    public Group withName(String newName) {
        return new Group(newName, members, path, extra);
    }

    public Group withMembers(List<String> newMembers) {
        return new Group(name, newMembers, path, extra);
    }

    public Group withPath(Optional<Path> newPath) {
        return new Group(name, members, newPath, extra);
    }

    /** The members with one repo renamed, keeping its place in the list. */
    public Group renamingMember(String oldName, String newName) {
        List<String> renamed = new ArrayList<>(members);
        renamed.replaceAll(m -> m.equals(oldName) ? newName : m);
        return withMembers(renamed);
    }
}
