package cn.techcity.cockpit.ui.editor;

import cn.techcity.cockpit.domain.CellCheck;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.NumberInput;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.TargetEdit;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The year grid as the clerk edits it: the stored values, the unsaved edits as typed, their problems, undo and redo.
 * Plain properties and no nodes, so that every rule is tested without a window.
 */
public final class EditorViewModel {
    /** The language of the sentences this model writes (cell names, problems); the window's. */
    private java.util.Locale locale = cn.techcity.cockpit.domain.Text.CHINESE;

    public void useLocale(java.util.Locale locale) {
        this.locale = locale;
    }

    /** The grid's columns: targets, months 1..12, and the reported 同比 and the note of the selected month. */
    public enum Column {
        BASE, STRETCH, M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, GROWTH, NOTE;

        public boolean isMonth() {
            return ordinal() >= M1.ordinal() && ordinal() <= M12.ordinal();
        }

        public int month() {
            return ordinal() - M1.ordinal() + 1;
        }

        public static Column month(int m) {
            return values()[M1.ordinal() + m - 1];
        }
    }

    public record CellKey(String indicatorCode, Column column) {
    }

    /** A row: an indicator, or the heading of its work area or battle. */
    public record Row(Indicator indicator, Section group) {
        public boolean isHeading() {
            return indicator == null;
        }
    }

    private record Change(CellKey key, String before, String after) {
    }

    private CockpitData data;
    private int month;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<CellKey, String> edits = new LinkedHashMap<>();
    /**
     * The row version each edited cell was typed against. Data that arrives later (another seat's save, polled) must not
     * move it: the save then conflicts instead of overwriting the newer value unseen.
     */
    private final Map<CellKey, Integer> typedAgainst = new java.util.HashMap<>();
    private final Deque<List<Change>> undo = new ArrayDeque<>();
    private final Deque<List<Change>> redo = new ArrayDeque<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final IntegerProperty errors = new SimpleIntegerProperty();
    private final IntegerProperty warnings = new SimpleIntegerProperty();

    public EditorViewModel(CockpitData data, int month) {
        this.data = data;
        this.month = month;
        for (SectionKind kind : new SectionKind[] {SectionKind.HEADLINE, SectionKind.AREA, SectionKind.BATTLE}) {
            List<Section> groups = new ArrayList<>(data.sections(kind));
            if (kind == SectionKind.BATTLE) {
                groups.addAll(data.planBattles());     // the plan of the year after: its targets
            }
            for (Section s : groups) {
                List<Indicator> list = data.indicators(s.code());
                if (list.isEmpty()) {
                    continue;
                }
                rows.add(new Row(null, s));
                for (Indicator i : list) {
                    rows.add(new Row(i, s));
                    indicators.put(i.code(), i);
                }
            }
        }
    }

    public List<Row> rows() { return rows; }

    /**
     * The rows of the indicators in {@code codes} (只看未填报: the missing ones of the month being filled), each group
     * under its heading, in the grid's order; groups without one are left out.
     */
    public List<Row> rowsOf(java.util.Set<String> codes) {
        List<Row> out = new ArrayList<>();
        Row heading = null;
        for (Row r : rows) {
            if (r.isHeading()) {
                heading = r;
            } else if (codes.contains(r.indicator().code())) {
                if (heading != null) {
                    out.add(heading);
                    heading = null;
                }
                out.add(r);
            }
        }
        return out;
    }

    public int month() { return month; }

    public BooleanProperty dirtyProperty() { return dirty; }

    public boolean isDirty() { return dirty.get(); }

    public IntegerProperty errorsProperty() { return errors; }

    public IntegerProperty warningsProperty() { return warnings; }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** The data the grid was loaded from changed (a save, another seat): the edits stay and are checked again. */
    public void rebase(CockpitData newData, int newMonth) {
        this.data = newData;
        this.month = newMonth;
        recount();
    }

    /** The year a row's figures and targets belong to (the battles' targets: the plan year). */
    private int yearOf(Indicator i) {
        return data.year() + i.planYearOffset();
    }

    public boolean editable(CellKey key) {
        Indicator i = indicators.get(key.indicatorCode());
        if (i == null) {
            return false;
        }
        if (i.planYearOffset() > 0 && key.column() != Column.BASE && key.column() != Column.STRETCH) {
            return false;       // a plan's year has not begun: its targets only (the store refuses its figures)
        }
        return key.column() != Column.GROWTH || i.kind() != IndicatorKind.GROWTH_RATE;
    }

    /** The stored value of a cell as text (the indicator's precision), "" when there is none. */
    public String storedText(CellKey key) {
        Indicator i = indicators.get(key.indicatorCode());
        if (i == null) {
            return "";
        }
        int y = yearOf(i);
        return switch (key.column()) {
            case BASE -> data.target(i.code(), y).map(Target::base).map(v -> plain(v, i.decimals())).orElse("");
            case STRETCH -> data.target(i.code(), y).map(Target::stretch).map(v -> plain(v, i.decimals())).orElse("");
            case GROWTH -> data.figure(i.code(), y, month).map(MonthlyFigure::reportedGrowth).map(v -> plain(v, -1)).orElse("");
            case NOTE -> data.figure(i.code(), y, month).map(MonthlyFigure::note).orElse("");
            default -> data.figure(i.code(), y, key.column().month()).map(MonthlyFigure::value)
                    .map(v -> plain(v, i.decimals())).orElse("");
        };
    }

    private static String plain(BigDecimal v, int decimals) {
        if (v == null) {
            return "";
        }
        return decimals < 0 ? v.stripTrailingZeros().toPlainString() : v.setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** What the cell shows: the clerk's unsaved text, else the stored value. */
    public String text(CellKey key) {
        String e = edits.get(key);
        return e != null ? e : storedText(key);
    }

    public boolean isEdited(CellKey key) {
        return edits.containsKey(key);
    }

    /** The problems of an edited cell (none for an unedited one: stored values were checked when saved). */
    public List<CellCheck.Problem> problems(CellKey key) {
        if (!edits.containsKey(key)) {
            return belowAnEditedMonth(key);
        }
        if (key.column() == Column.NOTE) {
            var why = cn.techcity.cockpit.domain.TextRules.problem(edits.get(key), cn.techcity.cockpit.domain.TextRules.NOTE_MAX);
            return why == null ? List.of() : List.of(new CellCheck.Problem(CellCheck.Severity.ERROR,
                    cn.techcity.cockpit.domain.Text.of("msg.field-note", why)));
        }
        Indicator i = indicators.get(key.indicatorCode());
        NumberInput.Parsed parsed = NumberInput.parse(edits.get(key));
        CellCheck.Field field = switch (key.column()) {
            case BASE -> CellCheck.Field.BASE_TARGET;
            case STRETCH -> CellCheck.Field.STRETCH_TARGET;
            case GROWTH -> CellCheck.Field.GROWTH;
            default -> CellCheck.Field.FIGURE;
        };
        BigDecimal previous = null;
        if (key.column().isMonth() && key.column().month() > 1) {
            previous = NumberInput.parse(text(new CellKey(i.code(), Column.month(key.column().month() - 1)))).value();
        }
        BigDecimal base = key.column() == Column.STRETCH ? NumberInput.parse(text(new CellKey(i.code(), Column.BASE))).value() : null;
        return CellCheck.check(i, field, parsed, previous, base);
    }

    /** Sets one cell; one undo step. Returns false when the cell cannot be edited. */
    public boolean set(CellKey key, String raw) {
        if (!editable(key)) {
            return false;
        }
        List<Change> op = new ArrayList<>();
        change(op, key, raw);
        commit(op);
        return true;
    }

    /** Clears cells (Delete); one undo step. */
    public void clear(List<CellKey> keys) {
        List<Change> op = new ArrayList<>();
        for (CellKey k : keys) {
            if (editable(k)) {
                change(op, k, "");
            }
        }
        commit(op);
    }

    /**
     * Pastes a block copied from Excel (rows by line, cells by tab) with its top-left at {@code start}: heading rows
     * are skipped, cells past the last column are dropped. One undo step; returns the number of cells set.
     */
    public int paste(CellKey start, String clipboard) {
        List<Change> op = new ArrayList<>();
        List<String> lines = new ArrayList<>(List.of(clipboard.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<Row> targets = rows.stream().filter(r -> !r.isHeading()).toList();
        int rowIndex = -1;
        for (int r = 0; r < targets.size(); r++) {
            if (targets.get(r).indicator().code().equals(start.indicatorCode())) {
                rowIndex = r;
            }
        }
        if (rowIndex < 0) {
            return 0;
        }
        int set = 0;
        Column[] columns = Column.values();
        for (int l = 0; l < lines.size() && rowIndex + l < targets.size(); l++) {
            String[] cells = lines.get(l).split("\t", -1);
            for (int c = 0; c < cells.length && start.column().ordinal() + c < columns.length; c++) {
                CellKey k = new CellKey(targets.get(rowIndex + l).indicator().code(), columns[start.column().ordinal() + c]);
                if (editable(k)) {
                    change(op, k, cells[c]);
                    set++;
                }
            }
        }
        commit(op);
        return set;
    }

    /** The selected block as tab-separated text, as Excel copies it. */
    public String copy(List<List<CellKey>> block) {
        StringBuilder b = new StringBuilder();
        for (List<CellKey> line : block) {
            b.append(String.join("\t", line.stream().map(this::text).toList())).append('\n');
        }
        return b.toString();
    }

    private void change(List<Change> op, CellKey key, String raw) {
        String before = edits.get(key);
        String after = Objects.equals(raw == null ? "" : raw, storedText(key)) ? null : (raw == null ? "" : raw);
        if (!Objects.equals(before, after)) {
            op.add(new Change(key, before, after));
            apply(key, after);
        }
    }

    private void apply(CellKey key, String after) {
        if (after == null) {
            edits.remove(key);
            typedAgainst.remove(key);
        } else {
            edits.put(key, after);
            typedAgainst.putIfAbsent(key, versionOf(key));
        }
    }

    /** The stored version of the row a cell belongs to, in the data loaded now. */
    private int versionOf(CellKey k) {
        Indicator i = indicators.get(k.indicatorCode());
        int y = yearOf(i);
        return switch (k.column()) {
            case BASE, STRETCH -> data.targetVersion(i.code(), y);
            default -> data.figureVersion(i.code(), y, k.column().isMonth() ? k.column().month() : month);
        };
    }

    /** The version a row's edits were typed against: the oldest of its cells' (an older one can only conflict). */
    private int expected(int current, CellKey k) {
        Integer typed = typedAgainst.get(k);
        return typed == null ? current : Math.min(current, typed);
    }

    private void commit(List<Change> op) {
        if (!op.isEmpty()) {
            undo.push(op);
            redo.clear();
        }
        recount();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        List<Change> op = undo.pop();
        for (int k = op.size() - 1; k >= 0; k--) {
            apply(op.get(k).key(), op.get(k).before());
        }
        redo.push(op);
        recount();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        List<Change> op = redo.pop();
        op.forEach(c -> apply(c.key(), c.after()));
        undo.push(op);
        recount();
    }

    /**
     * A stored figure the clerk did not touch, whose month before was edited above it: "below last month" asks to be
     * confirmed as much as when it was typed (raising 9月 over the stored 10月 makes 10月 wrong). Warnings only: the
     * stored value itself was checked when it was saved.
     */
    private List<CellCheck.Problem> belowAnEditedMonth(CellKey key) {
        if (!key.column().isMonth() || key.column().month() == 1
                || !edits.containsKey(new CellKey(key.indicatorCode(), Column.month(key.column().month() - 1)))) {
            return List.of();
        }
        String own = text(key);
        Indicator i = indicators.get(key.indicatorCode());
        if (own == null || own.isBlank() || i == null) {
            return List.of();
        }
        BigDecimal previous = NumberInput.parse(text(new CellKey(i.code(), Column.month(key.column().month() - 1)))).value();
        return CellCheck.check(i, CellCheck.Field.FIGURE, NumberInput.parse(own), previous, null).stream()
                .filter(p -> !p.error()).toList();
    }

    /** The cells whose problems count: every edit, and the month after an edited month. */
    private java.util.Collection<CellKey> checkedKeys() {
        java.util.Set<CellKey> keys = new java.util.LinkedHashSet<>(edits.keySet());
        for (CellKey k : edits.keySet()) {
            if (k.column().isMonth() && k.column().month() < 12) {
                keys.add(new CellKey(k.indicatorCode(), Column.month(k.column().month() + 1)));
            }
        }
        return keys;
    }

    private void recount() {
        int e = 0;
        int w = 0;
        for (CellKey k : checkedKeys()) {
            for (CellCheck.Problem p : problems(k)) {
                if (p.error()) {
                    e++;
                } else {
                    w++;
                }
            }
        }
        errors.set(e);
        warnings.set(w);
        dirty.set(!edits.isEmpty());
    }

    /** Every problem of the unsaved edits, in grid order: "指标 · 列: message". */
    public List<String> problemList(boolean errorsOnly) {
        List<String> out = new ArrayList<>();
        for (CellKey k : checkedKeys()) {
            for (CellCheck.Problem p : problems(k)) {
                if (p.error() || !errorsOnly) {
                    out.add(cellName(k) + ":" + p.text().in(locale));
                }
            }
        }
        return out;
    }

    public List<String> warningList() {
        List<String> out = new ArrayList<>();
        for (CellKey k : checkedKeys()) {
            for (CellCheck.Problem p : problems(k)) {
                if (!p.error()) {
                    out.add(cellName(k) + ":" + p.text().in(locale));
                }
            }
        }
        return out;
    }

    /** A cell as a clerk names it: "规上工业增加值 · 10月". */
    public String cellName(CellKey k) {
        Indicator i = indicators.get(k.indicatorCode());
        cn.techcity.cockpit.domain.Text column = switch (k.column()) {
            case BASE -> cn.techcity.cockpit.domain.Text.of("msg.cell-target");
            case STRETCH -> cn.techcity.cockpit.domain.Text.of("msg.cell-stretch");
            case GROWTH -> cn.techcity.cockpit.domain.Text.of("msg.cell-growth", Integer.toString(month));
            case NOTE -> cn.techcity.cockpit.domain.Text.of("msg.cell-note", Integer.toString(month));
            default -> cn.techcity.cockpit.domain.Text.of("msg.cell-month", Integer.toString(k.column().month()));
        };
        return (i == null ? k.indicatorCode() : i.name()) + " · " + column.in(locale);
    }

    /** The unsaved edits as store edits, against the versions loaded. Fails when any cell has an error. */
    public Edits toEdits() {
        if (errors.get() > 0) {
            throw new IllegalStateException("cells with errors cannot be saved: " + problemList(true));
        }
        Map<String, FigureEdit> figures = new LinkedHashMap<>();
        Map<String, TargetEdit> targets = new LinkedHashMap<>();
        for (var e : edits.entrySet()) {
            CellKey k = e.getKey();
            Indicator i = indicators.get(k.indicatorCode());
            int y = yearOf(i);
            String raw = e.getValue();
            switch (k.column()) {
                case BASE, STRETCH -> {
                    TargetEdit t = targets.getOrDefault(i.code(), new TargetEdit(i.code(), y, false, null, false, null,
                            typedAgainst.getOrDefault(k, data.targetVersion(i.code(), y))));
                    BigDecimal v = NumberInput.parse(raw).value();
                    int ev = expected(t.expectedVersion(), k);
                    targets.put(i.code(), k.column() == Column.BASE
                            ? new TargetEdit(t.indicatorCode(), y, true, v, t.setStretch(), t.stretch(), ev)
                            : new TargetEdit(t.indicatorCode(), y, t.setBase(), t.base(), true, v, ev));
                }
                default -> {
                    int m = k.column().isMonth() ? k.column().month() : month;
                    String id = i.code() + "/" + m;
                    FigureEdit f = figures.getOrDefault(id, new FigureEdit(i.code(), y, m, false, null, false, null, false, null,
                            typedAgainst.getOrDefault(k, data.figureVersion(i.code(), y, m))));
                    int ev = expected(f.expectedVersion(), k);
                    if (k.column().isMonth()) {
                        f = new FigureEdit(f.indicatorCode(), y, m, true, NumberInput.parse(raw).value(), f.setGrowth(), f.growth(),
                                f.setNote(), f.note(), ev);
                    } else if (k.column() == Column.GROWTH) {
                        f = new FigureEdit(f.indicatorCode(), y, m, f.setValue(), f.value(), true, NumberInput.parse(raw).value(),
                                f.setNote(), f.note(), ev);
                    } else {
                        f = new FigureEdit(f.indicatorCode(), y, m, f.setValue(), f.value(), f.setGrowth(), f.growth(), true,
                                raw.isBlank() ? null : raw.strip(), ev);
                    }
                    figures.put(id, f);
                }
            }
        }
        return new Edits(List.copyOf(figures.values()), List.copyOf(targets.values()));
    }

    public record Edits(List<FigureEdit> figures, List<TargetEdit> targets) {
        public int size() {
            return figures.size() + targets.size();
        }
    }

    /** After a successful save: the new data, no edits, nothing to undo. */
    /** The indicators with an unsaved edit (只看未填报 keeps them shown even when another seat fills them meanwhile). */
    public java.util.Set<String> editedIndicators() {
        java.util.Set<String> out = new java.util.HashSet<>();
        edits.keySet().forEach(k -> out.add(k.indicatorCode()));
        return out;
    }

    public void saved(CockpitData newData) {
        edits.clear();
        typedAgainst.clear();
        undo.clear();
        redo.clear();
        if (newData == data) {
            recount();          // the published data reached the grid already
        } else {
            rebase(newData, month);
        }
    }

    /** The audit key of a cell: "monthly_figure" + "A3-01/2026/10", or "target" + "A3-01/2026". */
    public String[] auditKey(CellKey k) {
        Indicator i = indicators.get(k.indicatorCode());
        int y = yearOf(i);
        return switch (k.column()) {
            case BASE, STRETCH -> new String[] {"target", i.code() + "/" + y};
            case GROWTH, NOTE -> new String[] {"monthly_figure", i.code() + "/" + y + "/" + month};
            default -> new String[] {"monthly_figure", i.code() + "/" + y + "/" + k.column().month()};
        };
    }
}
