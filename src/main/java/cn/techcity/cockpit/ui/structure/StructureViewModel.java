package cn.techcity.cockpit.ui.structure;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Names;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.StructureCheck;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * 结构维护 (issue 15): the committee's named items as drafts over what is stored — rename, add, reorder, retire —
 * checked as the store checks them, undone step by step before the save.
 */
public final class StructureViewModel {
    /** One item on the screen: what is stored (null for a new one) and the draft. */
    public static final class Line {
        private final int id;
        private StructureItem stored;
        private StructureItem draft;

        Line(int id, StructureItem stored, StructureItem draft) {
            this.id = id;
            this.stored = stored;
            this.draft = draft;
        }

        public StructureItem draft() { return draft; }

        public StructureItem stored() { return stored; }

        public boolean isNew() { return stored == null; }

        public boolean edited() { return !Objects.equals(stored, draft); }

        /** How the messages name it: its code, or 新增第N项. */
        public String label() {
            return stored != null ? stored.code() : "新增第" + id + "项";
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private final Deque<Map<Integer, StructureItem>> undo = new ArrayDeque<>();
    private CockpitData data;
    private int fresh;

    public StructureViewModel(CockpitData data) {
        this.data = data;
        for (StructureItem i : data.structure()) {
            lines.add(new Line(0, i, i));
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines of one kind (null: all), only the masked names when asked, in their kind's, parent's and order's order. */
    public List<Line> shown(StructureKind kind, boolean maskedOnly) {
        return lines.stream().filter(l -> kind == null || l.draft.kind() == kind)
                .filter(l -> !maskedOnly || Names.masked(l.draft.name()))
                .sorted(java.util.Comparator.comparing((Line l) -> l.draft.kind().ordinal())
                        .thenComparingInt(l -> sectionOrder(l.draft.parent()))
                        .thenComparing(l -> l.draft.parent() == null ? "" : l.draft.parent())
                        .thenComparingInt(l -> l.draft.ord() <= 0 ? Integer.MAX_VALUE : l.draft.ord())
                        .thenComparingInt(l -> l.id))
                .toList();
    }

    private int sectionOrder(String code) {
        return data.allSections().stream().filter(s -> s.code().equals(code)).mapToInt(Section::ord).findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    /** Names in use that still carry the document's mask (待完善名称). */
    public int maskedCount() {
        return (int) lines.stream().filter(l -> !l.draft.retired() && Names.masked(l.draft.name())).count();
    }

    public boolean isDirty() {
        return lines.stream().anyMatch(Line::edited);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    private void remember() {
        Map<Integer, StructureItem> before = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            before.put(i, lines.get(i).draft);
        }
        before.put(-1, null);
        undo.push(before);
    }

    /** One step back: the drafts as they were before the last change (a line added by it goes). */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Map<Integer, StructureItem> before = undo.pop();
        int size = before.size() - 1;
        while (lines.size() > size) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).draft = before.get(i);
        }
        return true;
    }

    public void rename(Line line, String name) {
        change(line, line.draft.withName(name == null ? "" : name.strip()));
    }

    public void setParent(Line line, String parent) {
        change(line, line.draft.withParent(parent == null ? "" : parent.strip()));
    }

    public void setUnit(Line line, String unit) {
        StructureItem d = line.draft;
        change(line, d.withIndicator(unit == null ? "" : unit.strip(), d.decimals(), d.direction(), d.indicatorKind()));
    }

    public void setDecimals(Line line, Integer decimals) {
        StructureItem d = line.draft;
        change(line, d.withIndicator(d.unit(), decimals, d.direction(), d.indicatorKind()));
    }

    public void setDirection(Line line, Direction direction) {
        StructureItem d = line.draft;
        change(line, d.withIndicator(d.unit(), d.decimals(), direction, d.indicatorKind()));
    }

    public void setKind(Line line, IndicatorKind kind) {
        StructureItem d = line.draft;
        change(line, d.withIndicator(d.unit(), d.decimals(), d.direction(), kind));
    }

    public void setPhases(Line line, String phases) {
        change(line, line.draft.withPhases(phases));
    }

    public void setLink(Line line, String indicatorCode) {
        change(line, line.draft.withLink(indicatorCode));
    }

    public void setHeadline(Line line, boolean headline) {
        change(line, line.draft.withHeadline(headline));
    }

    public void setStart(Line line, LocalDate start) {
        change(line, line.draft.withDates(start, line.draft.due(), line.draft.month()));
    }

    public void setDue(Line line, LocalDate due) {
        change(line, line.draft.withDates(line.draft.start(), due, line.draft.month()));
    }

    public void setMonth(Line line, Integer month) {
        change(line, line.draft.withDates(line.draft.start(), line.draft.due(), month));
    }

    /** 停用 an item in use (from the reporting year), or takes a retired one back into use. */
    public void toggleRetired(Line line) {
        StructureItem d = line.draft;
        Integer from = d.retired() ? null : line.stored != null && line.stored.retired() ? line.stored.retiredFrom()
                : Integer.valueOf(data.years().reporting());
        change(line, d.withYears(d.fromYear(), from));
    }

    /** Moves an item one place up (-1) or down (+1) among its kind's items of its parent. */
    public void move(Line line, int step) {
        List<Line> siblings = shown(line.draft.kind(), false).stream()
                .filter(l -> Objects.equals(l.draft.parent(), line.draft.parent())).toList();
        int at = siblings.indexOf(line);
        int to = at + step;
        if (at < 0 || to < 0 || to >= siblings.size()) {
            return;
        }
        remember();
        List<Line> order = new ArrayList<>(siblings);
        order.remove(at);
        order.add(to, line);
        for (int i = 0; i < order.size(); i++) {
            Line l = order.get(i);
            l.draft = l.draft.withOrd(i + 1);
        }
    }

    /** A new item of {@code kind} in {@code parent}: named by the clerk before it can be saved. */
    public Line add(StructureKind kind, String parent) {
        remember();
        fresh++;
        boolean indicator = kind == StructureKind.INDICATOR;
        LocalDate due = null;
        if (kind == StructureKind.TASK) {
            Integer plan = data.allSections().stream().filter(s -> s.code().equals(parent)).map(Section::planYear)
                    .filter(Objects::nonNull).findFirst().orElse(data.battlesYear());
            due = LocalDate.of(plan, 12, 31);
        }
        StructureItem item = new StructureItem(null, kind, "", parent, 0, null, null, indicator ? "" : null,
                indicator ? 2 : null, indicator ? Direction.AT_LEAST : null, indicator ? IndicatorKind.AMOUNT : null, false,
                null, due, null);
        Line line = new Line(fresh, null, item);
        lines.add(line);
        return line;
    }

    /** Where a new item of {@code kind} goes when nothing says: the first area, or the first battle for a task. */
    public String defaultParent(StructureKind kind) {
        if (kind == StructureKind.BATTLE) {
            return Integer.toString(data.years().reporting() + 1);     // the plan of the year after
        }
        SectionKind want = kind == StructureKind.TASK ? SectionKind.BATTLE : SectionKind.AREA;
        return data.sections(want).stream().map(Section::code).findFirst().orElse("");
    }

    private void change(Line line, StructureItem draft) {
        if (draft.equals(line.draft)) {
            return;
        }
        remember();
        line.draft = draft;
    }

    /** The changed lines as the store takes them. */
    public List<StructureCheck.Row> rows() {
        return lines.stream().filter(Line::edited).map(l -> new StructureCheck.Row(l.label(), l.draft)).toList();
    }

    /** What is wrong with the drafts (as the store would refuse them), in {@code locale}. */
    public List<String> problems(Locale locale) {
        List<StructureCheck.Row> rows = rows();
        if (rows.isEmpty()) {
            return List.of();
        }
        StructureCheck.Result r = StructureCheck.check(data.structure(), data.allSections(), data.indicatorsWithData(),
                data.years().reporting(), rows);
        return r.problems().stream().map(p -> p.text().in(locale)).toList();
    }

    /** The lines with a problem, by label (marked red). */
    public java.util.Set<String> linesWithProblems() {
        List<StructureCheck.Row> rows = rows();
        if (rows.isEmpty()) {
            return java.util.Set.of();
        }
        StructureCheck.Result r = StructureCheck.check(data.structure(), data.allSections(), data.indicatorsWithData(),
                data.years().reporting(), rows);
        java.util.Set<String> out = new java.util.HashSet<>();
        r.problems().forEach(p -> out.add(p.label()));
        return out;
    }

    /** The store's data changed (a save, another seat): lines not edited follow it; edits stay over the new items. */
    public void rebase(CockpitData newData) {
        if (newData.dataVersion() == data.dataVersion() && newData.year() == data.year()) {
            this.data = newData;     // the same store state (a month picked, the day turned): the drafts and undo stay
            return;
        }
        this.data = newData;
        Map<String, StructureItem> byCode = new HashMap<>();
        newData.structure().forEach(i -> byCode.put(i.kind() + ":" + i.code(), i));
        List<Line> kept = new ArrayList<>();
        for (Line l : lines) {
            if (l.stored == null) {
                if (l.edited()) {
                    kept.add(l);
                }
                continue;
            }
            StructureItem now = byCode.remove(l.stored.kind() + ":" + l.stored.code());
            if (now == null) {
                continue;
            }
            boolean edited = l.edited();
            l.stored = now;
            if (!edited) {
                l.draft = now;
            }
            kept.add(l);
        }
        byCode.values().forEach(i -> kept.add(new Line(0, i, i)));
        lines.clear();
        lines.addAll(kept);
        undo.clear();
    }

    /** After a save: everything is as stored. */
    public void saved(CockpitData newData) {
        lines.clear();
        undo.clear();
        this.data = newData;
        for (StructureItem i : newData.structure()) {
            lines.add(new Line(0, i, i));
        }
    }

    public CockpitData data() {
        return data;
    }
}
