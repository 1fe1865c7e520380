package dev.shoal.ui;

import dev.shoal.git.Changes;
import dev.shoal.git.LastCommit;
import dev.shoal.git.Operation;
import dev.shoal.git.RepoState;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code ll --json}: one document, {@code {"repos": [...]}}, with every field of every line. Counts are
 * numbers, the work-tree symbols booleans; a repo that could not be read has {@code missing} or
 * {@code error} set and no other state fields.
 */
public final class StatusJson {
    private StatusJson() {
    }

    /** The caller's stream stays open: it is stdout. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    public static void write(OutputStream out, Registry registry, List<Repo> repos, List<RepoState> states) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("repos");
            json.writeStartArray();
            for (int i = 0; i < repos.size(); i++) {
                repo(json, registry, repos.get(i), states.get(i));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void repo(JsonGenerator json, Registry registry, Repo repo, RepoState state) {
        json.writeStartObject();
        json.writeStringProperty("name", repo.name());
        json.writeStringProperty("path", repo.path().toString());
        json.writeName("groups");
        json.writeStartArray();
        for (Group group : registry.groups()) {
            if (group.members().contains(repo.name())) {
                json.writeString(group.name());
            }
        }
        json.writeEndArray();
        json.writeBooleanProperty("bare", repo.bare() || state.bare());
        json.writeBooleanProperty("missing", state.health() == RepoState.Health.MISSING);
        optional(json, "error", state.readable() ? Optional.empty() : state.problem());
        if (state.readable()) {
            details(json, state);
        }
        json.writeEndObject();
    }

    private static void details(JsonGenerator json, RepoState state) {
        optional(json, "branch", state.branch());
        json.writeBooleanProperty("detached", state.detached());
        optional(json, "detachedAt", state.detachedAt());
        json.writeBooleanProperty("unborn", state.unborn());
        optional(json, "upstream", state.upstream());
        json.writeStringProperty("tracking", state.tracking().key());
        json.writeNumberProperty("ahead", state.ahead());
        json.writeNumberProperty("behind", state.behind());
        Changes changes = state.changes();
        json.writeBooleanProperty("staged", changes.staged() > 0);
        json.writeBooleanProperty("unstaged", changes.unstaged() > 0);
        json.writeBooleanProperty("untracked", changes.untracked() > 0);
        json.writeBooleanProperty("stashed", changes.stashes() > 0);
        json.writeBooleanProperty("conflicted", changes.conflicts() > 0);
        json.writeBooleanProperty("clean", changes.clean());
        json.writeName("counts");
        json.writeStartObject();
        json.writeNumberProperty("staged", changes.staged());
        json.writeNumberProperty("unstaged", changes.unstaged());
        json.writeNumberProperty("untracked", changes.untracked());
        json.writeNumberProperty("stashes", changes.stashes());
        json.writeNumberProperty("conflicts", changes.conflicts());
        json.writeEndObject();
        optional(json, "operation", state.operation().map(Operation::key));
        json.writeName("commit");
        if (state.lastCommit().isEmpty()) {
            json.writeNull();
        } else {
            LastCommit commit = state.lastCommit().get();
            json.writeStartObject();
            json.writeStringProperty("id", commit.id());
            json.writeStringProperty("subject", commit.subject());
            json.writeStringProperty("author", commit.author());
            optional(json, "time", commit.time().map(Object::toString));
            json.writeEndObject();
        }
    }

    private static void optional(JsonGenerator json, String name, Optional<String> value) {
        if (value.isPresent()) {
            json.writeStringProperty(name, value.get());
        } else {
            json.writeNullProperty(name);
        }
    }
}
