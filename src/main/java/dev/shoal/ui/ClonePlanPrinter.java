package dev.shoal.ui;

import dev.shoal.git.Remote;
import dev.shoal.manifest.CloneAction;
import dev.shoal.manifest.ManifestEntry;
import dev.shoal.manifest.PlannedClone;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints a clone plan as a table: name, what happens, where, and the details. */
public final class ClonePlanPrinter {
    private ClonePlanPrinter() {
    }

    public static void print(PrintStream out, Style style, List<PlannedClone> plan) {
        int nameWidth = plan.stream().mapToInt(p -> Ansi.visibleLength(p.entry().name())).max().orElse(0);
        int actionWidth = plan.stream().mapToInt(p -> word(p.action()).length()).max().orElse(0);
        int pathWidth = plan.stream().mapToInt(p -> Ansi.visibleLength(p.entry().path().toString())).max().orElse(0);
        for (PlannedClone planned : plan) {
            String action = Ansi.padRight(word(planned.action()), actionWidth);
            out.println(Ansi.padRight(planned.entry().name(), nameWidth) + "  " + color(style, planned.action(), action)
                    + "  " + Ansi.padRight(planned.entry().path().toString(), pathWidth) + "  " + style.dim(detail(planned)));
        }
    }

    static String word(CloneAction action) {
        return switch (action) {
            case CLONE -> "clone";
            case PRESENT -> "present";
            case CONFLICT -> "error";
            case LOCAL_ONLY -> "local-only";
        };
    }

    private static String color(Style style, CloneAction action, String text) {
        return switch (action) {
            case CLONE -> style.green(text);
            case PRESENT -> text;
            case CONFLICT -> style.red(text);
            case LOCAL_ONLY -> style.yellow(text);
        };
    }

    private static String detail(PlannedClone planned) {
        ManifestEntry entry = planned.entry();
        List<String> parts = new ArrayList<>(List.of(planned.reason()));
        if (planned.action() == CloneAction.CLONE) {
            if (entry.bare()) {
                parts.add("bare");
            }
            entry.version().ifPresent(v -> parts.add(v.describe()));
            if (!entry.extraRemotes().isEmpty()) {
                parts.add("also " + String.join(", ", entry.extraRemotes().stream().map(Remote::name).toList()));
            }
        }
        return String.join(", ", parts);
    }
}
