package dev.shoal.ui;

import dev.shoal.config.InfoColumn;
import dev.shoal.config.Settings;
import dev.shoal.config.StateColor;
import dev.shoal.git.Changes;
import dev.shoal.git.LastCommit;
import dev.shoal.git.Operation;
import dev.shoal.git.RepoState;
import dev.shoal.git.Tracking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One repo's {@code ll} line as table cells: its name, then the columns the settings choose. */
public final class StatusCells {
    private final Settings settings;
    private final Style style;
    private final Instant now;
    private final boolean unicode;

    /** {@code unicode}: whether the output can show arrows; if not, ASCII stands in (^2 v1 - x). */
    public StatusCells(Settings settings, Style style, Instant now, boolean unicode) {
        this.settings = settings;
        this.style = style;
        this.now = now;
        this.unicode = unicode;
    }

    /** How each column behaves when the line is too wide: the commit subject gives way first. */
    public List<Table.Column> tableColumns() {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(8, 5));
        for (InfoColumn column : settings.columns()) {
            columns.add(switch (column) {
                case MESSAGE -> new Table.Column(12, 0);
                case PATH -> new Table.Column(12, 1);
                case AUTHOR, UPSTREAM -> new Table.Column(8, 2);
                case BRANCH, BRANCH_NAME -> new Table.Column(12, 3);
                case CHANGES, TIME -> Table.Column.fixed();
            });
        }
        return columns;
    }

    public List<String> row(String name, RepoState state) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        if (!state.readable()) {
            boolean missing = state.health() == RepoState.Health.MISSING;
            String label = (missing ? "missing: " : "error: ") + state.problem().orElse("");
            cells.add(style.paint(settings.color(missing ? StateColor.MISSING : StateColor.ERROR), label));
            return cells; // one cell spanning the rest of the line
        }
        for (InfoColumn column : settings.columns()) {
            cells.add(cell(column, state));
        }
        return cells;
    }

    private String cell(InfoColumn column, RepoState state) {
        LastCommit commit = state.lastCommit().orElse(null);
        return switch (column) {
            case BRANCH -> style.paint(settings.color(stateColor(state.tracking())),
                    branchLabel(state) + " " + trackingSymbol(state));
            case CHANGES -> changes(state);
            case MESSAGE -> commit == null ? "" : commit.subject();
            case TIME -> commit == null ? "" : commit.time().map(t -> style.dim(RelativeTime.format(t, now))).orElse("");
            case PATH -> state.path().toString();
            case BRANCH_NAME -> branchLabel(state);
            case UPSTREAM -> state.upstream().orElse("");
            case AUTHOR -> commit == null ? "" : commit.author();
        };
    }

    /** The branch, {@code main (no commits)} when unborn, {@code (detached at v1.2)} when detached. */
    static String branchLabel(RepoState state) {
        if (state.detached()) {
            return "(detached at " + state.detachedAt().orElse("?") + ")";
        }
        String branch = state.branch().orElse("");
        return state.unborn() ? branch + " (no commits)" : branch;
    }

    /** {@code =} in sync, {@code ↑2} ahead, {@code ↓1} behind, {@code ↑2↓1} diverged, {@code ∅} none, {@code ✗} gone. */
    private String trackingSymbol(RepoState state) {
        String up = unicode ? "↑" : "^";
        String down = unicode ? "↓" : "v";
        return switch (state.tracking()) {
            case IN_SYNC -> "=";
            case AHEAD -> up + state.ahead();
            case BEHIND -> down + state.behind();
            case DIVERGED -> up + state.ahead() + down + state.behind();
            case NO_UPSTREAM -> unicode ? "∅" : "-";
            case GONE -> unicode ? "✗" : "x";
        };
    }

    /** {@code +} staged, {@code *} unstaged, {@code ?} untracked, {@code $} stash, {@code !} conflicts, then the operation. */
    static String changeSymbols(Changes changes) {
        StringBuilder symbols = new StringBuilder();
        symbols.append(changes.staged() > 0 ? "+" : "");
        symbols.append(changes.unstaged() > 0 ? "*" : "");
        symbols.append(changes.untracked() > 0 ? "?" : "");
        symbols.append(changes.stashes() > 0 ? "$" : "");
        symbols.append(changes.conflicts() > 0 ? "!" : "");
        return symbols.toString();
    }

    private String changes(RepoState state) {
        String symbols = changeSymbols(state.changes());
        String operation = state.operation().map(Operation::progressive).map(style::bold).orElse("");
        return symbols.isEmpty() || operation.isEmpty() ? symbols + operation : symbols + " " + operation;
    }

    static StateColor stateColor(Tracking tracking) {
        return switch (tracking) {
            case IN_SYNC -> StateColor.IN_SYNC;
            case AHEAD -> StateColor.AHEAD;
            case BEHIND -> StateColor.BEHIND;
            case DIVERGED -> StateColor.DIVERGED;
            case NO_UPSTREAM -> StateColor.NO_UPSTREAM;
            case GONE -> StateColor.GONE;
        };
    }
}
