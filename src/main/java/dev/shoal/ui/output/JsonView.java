package dev.shoal.ui.output;

import dev.shoal.run.CapturedOutput;
import dev.shoal.run.JobReport;
import dev.shoal.run.OutputClosedException;
import dev.shoal.ui.JsonDocument;
import dev.shoal.ui.Style;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * {@code --output json}: one JSON document per repo and line, as each finishes (or in name order):
 * schema, name, path, argv, exit_code, status, updated, duration_ms, stdout, stderr, note. Output
 * is decoded as UTF-8, invalid bytes replaced. stdout holds nothing else; the summary goes to stderr.
 */
public final class JsonView extends FinishedReportView {
    private final PrintStream out;

    public JsonView(PrintStream out, PrintStream err, Style style, ReportOrder order) {
        super(err, style, order);
        this.out = out;
    }

    @Override
    void print(JobReport report) {
        JsonDocument.write(out, json -> {
            json.writeStringProperty("name", report.repo());
            json.writeStringProperty("path", report.path().toString());
            json.writeName("argv");
            json.writeStartArray();
            for (String word : report.argv()) {
                json.writeString(word);
            }
            json.writeEndArray();
            json.writeNumberProperty("exit_code", report.exitCode());
            json.writeStringProperty("status", report.status().name().toLowerCase(Locale.ROOT));
            json.writeName("updated");
            switch (report.update()) {
                case UPDATED -> json.writeBoolean(true);
                case UP_TO_DATE -> json.writeBoolean(false);
                case UNKNOWN -> json.writeNull();
            }
            json.writeNumberProperty("duration_ms", report.duration().toMillis());
            writeOutput(json, "stdout", report.stdout());
            writeOutput(json, "stderr", report.stderr());
            JsonDocument.optional(json, "note", Optional.ofNullable(report.note()).filter(n -> !n.isEmpty()));
        });
        out.write('\n');
        out.flush();
        if (out.checkError()) {
            throw new OutputClosedException();
        }
    }

    /** Streams the text from the capture, so a gigabyte of output never sits in memory. */
    private static void writeOutput(JsonGenerator json, String name, CapturedOutput output) {
        json.writeName(name);
        try (Reader text = new InputStreamReader(output.open(), StandardCharsets.UTF_8)) {
            json.writeString(text, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captured output: " + e.getMessage(), e);
        }
    }
}
