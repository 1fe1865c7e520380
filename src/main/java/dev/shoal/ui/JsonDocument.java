package dev.shoal.ui;

import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The one writer of shoal's JSON ({@code ll --json}, {@code --output json}): every document an object
 * that starts with {@code "schema": 1}, field names in snake_case, absent values as {@code null}. The
 * fields of each document are listed in README.md, and a test holds the output to that list; a change
 * that would break a script reading them takes a new schema number.
 */
public final class JsonDocument {
    /** The version of the documents' shape, for scripts to check. */
    public static final int SCHEMA = 1;
    /** The caller's stream stays open: it is stdout, with more to come. */
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonDocument() {
    }

    /** Writes one document to {@code out}: the schema, then what {@code fields} writes, as one object. */
    public static void write(OutputStream out, Consumer<JsonGenerator> fields) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("schema", SCHEMA);
            fields.accept(json);
            json.writeEndObject();
        }
    }

    /** A string field that is {@code null} when there is no value. */
    public static void optional(JsonGenerator json, String name, Optional<String> value) {
        if (value.isPresent()) {
            json.writeStringProperty(name, value.get());
        } else {
            json.writeNullProperty(name);
        }
    }
}
