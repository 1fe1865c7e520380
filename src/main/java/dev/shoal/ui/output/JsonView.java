package dev.shoal.ui.output;

import dev.shoal.run.CapturedOutput;
import dev.shoal.run.JobReport;
import dev.shoal.run.OutputClosedException;
import dev.shoal.ui.Style;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code --output json}: one JSON object per repo and line, as each finishes (or in name order):
 * name, path, argv, exit_code, status, duration_ms, stdout, stderr (and note when there is one). Output
 * is decoded as UTF-8, invalid bytes replaced. stdout holds nothing else; the summary goes to stderr.
 */
public final class JsonView extends FinishedReportView {
    /** The generator must not close stdout when it is done with one object. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final PrintStream out;

    public JsonView(PrintStream out, PrintStream err, Style style, ReportOrder order) {
        super(err, style, order);
        this.out = out;
    }

    @Override
    void print(JobReport report) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
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
            json.writeNumberProperty("duration_ms", report.duration().toMillis());
            writeOutput(json, "stdout", report.stdout());
            writeOutput(json, "stderr", report.stderr());
            if (report.note() != null && !report.note().isEmpty()) {
                json.writeStringProperty("note", report.note());
            }
            json.writeEndObject();
        }
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
