package dev.shoal.ui.output;

import dev.shoal.run.JobReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Releases finished reports in the order asked for: at once for {@link ReportOrder#DONE}; for
 * {@link ReportOrder#NAME}, each once every repo named before it is done. Not thread-safe: views call
 * it under their own lock.
 */
final class InOrder {
    private final ReportOrder order;
    private final Consumer<JobReport> sink;
    private final Map<String, JobReport> waiting = new HashMap<>();
    private List<String> names = List.of();
    private int next;

    InOrder(ReportOrder order, Consumer<JobReport> sink) {
        this.order = order;
        this.sink = sink;
    }

    void begin(List<String> repos) {
        names = new ArrayList<>(repos);
    }

    void finished(JobReport report) {
        if (order == ReportOrder.DONE || !names.contains(report.repo())) {
            sink.accept(report);
            return;
        }
        waiting.put(report.repo(), report);
        while (next < names.size() && waiting.containsKey(names.get(next))) {
            sink.accept(waiting.remove(names.get(next++)));
        }
    }
}
