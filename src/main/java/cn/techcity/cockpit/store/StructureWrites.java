package cn.techcity.cockpit.store;

import static cn.techcity.cockpit.store.AuditTrail.addAudit;

import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.StructureCheck;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import cn.techcity.cockpit.domain.Text;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The committee's own structure (issue 15): its named items read whole (in use and retired), changed in one
 * transaction after {@link StructureCheck} (renames, new items, order, retirement), and the turn of the year. Nothing
 * with figures is ever deleted; a finished year is read only ({@link #refuseClosed}).
 */
final class StructureWrites {
    private final StoreContext ctx;
    private final Transactions tx;
    private final StoreReads reads;
    private final AuditTrail trail;
    private final Accounts accounts;

    StructureWrites(StoreContext ctx, Transactions tx, StoreReads reads, AuditTrail trail, Accounts accounts) {
        this.ctx = ctx;
        this.tx = tx;
        this.reads = reads;
        this.trail = trail;
        this.accounts = accounts;
    }

    /** Every named item, in use and retired, by kind, parent and order. */
    List<StructureItem> structure() {
        return tx.sql(() -> {
            List<StructureItem> out = new ArrayList<>();
            List<StoreReads.IndicatorRow> rows = reads.indicatorRows();
            Map<String, List<cn.techcity.cockpit.domain.TargetPhase>> phases = phasesByIndicator(rows);
            for (StoreReads.IndicatorRow r : rows) {
                var i = r.indicator();
                List<cn.techcity.cockpit.domain.TargetPhase> ps = phases.get(i.code());
                out.add(new StructureItem(i.code(), StructureKind.INDICATOR, i.name(), i.sectionCode(), i.ord(), r.from(),
                        r.retired(), i.unit(), i.decimals(), i.direction(), i.kind(), i.headline(), null, null, null, null,
                        ps == null ? null : cn.techcity.cockpit.domain.PhaseText.format(ps)));
            }
            for (StoreReads.TaskRow r : reads.taskRows()) {
                var t = r.task();
                out.add(new StructureItem(t.code(), StructureKind.TASK, t.title(), t.battleCode(), t.ord(), r.from(),
                        r.retired(), null, null, null, null, false, r.start(), t.due(), null, r.indicator(), null));
            }
            simple(out, StructureKind.PROJECT, "SELECT code, section_code, ord, name, from_year, retired_from, NULL FROM project");
            simple(out, StructureKind.MILESTONE,
                    "SELECT code, section_code, ord, title, from_year, retired_from, due_month FROM milestone");
            simple(out, StructureKind.TASK_FORCE, "SELECT code, section_code, ord, name, from_year, retired_from, NULL FROM task_force");
            // battles: their 所属 is their plan year; their order among the year's battles (the document's are 6–9)
            simple(out, StructureKind.BATTLE, "SELECT code, CAST(plan_year AS VARCHAR(8)), ord - " + BATTLE_ORD
                    + ", title, from_year, retired_from, NULL FROM section WHERE kind = 'BATTLE' AND plan_year IS NOT NULL");
            Map<String, Integer> sectionOrder = new HashMap<>();
            reads.sections().forEach(x -> sectionOrder.put(x.code(), x.ord()));
            out.sort(java.util.Comparator.comparing((StructureItem i) -> i.kind().ordinal())
                    .thenComparingInt(i -> sectionOrder.getOrDefault(i.parent(), Integer.MAX_VALUE))
                    .thenComparing(StructureItem::parent).thenComparingInt(StructureItem::ord).thenComparing(StructureItem::code));
            return out;
        });
    }

    /** A battle's place among all sections (the document's four are 6–9): its order in its year plus this. */
    static final int BATTLE_ORD = 5;

    /**
     * The year an indicator's phased targets in 结构维护 belong to: its battle's plan year when that is still ahead,
     * else the reporting year.
     */
    int phaseYear(String sectionCode) {
        return phaseYear(sectionCode, reads.sections(), reads.reportingYear());
    }

    private static int phaseYear(String sectionCode, List<Section> sections, int reporting) {
        for (Section s : sections) {
            if (s.code().equals(sectionCode) && s.planYear() != null && s.planYear() > reporting) {
                return s.planYear();
            }
        }
        return reporting;
    }

    /** Every indicator's phased targets of its {@link #phaseYear}. */
    private Map<String, List<cn.techcity.cockpit.domain.TargetPhase>> phasesByIndicator(List<StoreReads.IndicatorRow> rows)
            throws SQLException {
        // sections and the reporting year read once, not once an indicator (every load reads the structure)
        List<Section> sections = reads.sections();
        int reporting = reads.reportingYear();
        Map<String, Integer> yearOf = new HashMap<>();
        for (StoreReads.IndicatorRow r : rows) {
            yearOf.put(r.indicator().code(), phaseYear(r.indicator().sectionCode(), sections, reporting));
        }
        Map<String, List<cn.techcity.cockpit.domain.TargetPhase>> out = new HashMap<>();
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT indicator_code, target_year, by_month, label, phase_value FROM target_phase ORDER BY by_month")) {
            while (rs.next()) {
                if (Integer.valueOf(rs.getInt(2)).equals(yearOf.get(rs.getString(1)))) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new cn.techcity.cockpit.domain.TargetPhase(rs.getInt(3), rs.getString(4), rs.getBigDecimal(5)));
                }
            }
        }
        return out;
    }

    /** Replaces an indicator's phased targets of its year (checked: the year must be open). */
    private void writePhases(StructureItem i) throws SQLException {
        int year = phaseYear(i.parent());
        java.util.Map<Integer, String> target = new HashMap<>();
        target.put(year, i.code() + "/" + year);
        refuseYears(ctx, Map.of(), target);
        try (PreparedStatement d = ctx.c.prepareStatement("DELETE FROM target_phase WHERE indicator_code = ? AND target_year = ?")) {
            d.setString(1, i.code());
            d.setInt(2, year);
            d.executeUpdate();
        }
        var parsed = cn.techcity.cockpit.domain.PhaseText.parse(i.phases(), i.decimals() == null ? 4 : i.decimals());
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO target_phase (indicator_code, target_year, by_month, label,"
                + " phase_value) VALUES (?, ?, ?, ?, ?)")) {
            for (var ph : parsed.phases()) {
                p.setString(1, i.code());
                p.setInt(2, year);
                p.setInt(3, ph.byMonth());
                p.setString(4, ph.label());
                p.setBigDecimal(5, ph.value());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void simple(List<StructureItem> out, StructureKind kind, String sql) throws SQLException {
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new StructureItem(rs.getString(1), kind, rs.getString(4), rs.getString(2), rs.getInt(3),
                        integer(rs, 5), integer(rs, 6), null, null, null, null, false, null, null, integer(rs, 7)));
            }
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** The indicators that have a figure or a target: their unit and kind are fixed. */
    Set<String> indicatorsWithData() {
        return tx.sql(() -> {
            Set<String> out = new HashSet<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT DISTINCT indicator_code FROM monthly_figure UNION SELECT DISTINCT indicator_code FROM target")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** The check of a change against what is stored now (the preview of the screen and of an import). */
    StructureCheck.Result check(List<StructureCheck.Row> rows) {
        return StructureCheck.check(structure(), reads.sections(), indicatorsWithData(), reads.reportingYear(), rows);
    }

    /**
     * Checks and saves a change to the structure in one transaction, an audit row per changed field; refused whole
     * (nothing written) with every problem named by its row. Returns the number of items changed.
     */
    int saveStructure(String clerk, List<StructureCheck.Row> rows) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        StructureCheck.Result result = check(rows);
        if (!result.ok()) {
            throw refusal(result.problems());
        }
        if (result.changes().isEmpty()) {
            return 0;
        }
        return tx.journaled(new SaveJournal.Structure(who, result.changes()), () -> {
            int changed = apply(who, result.changes());
            if (changed > 0) {
                tx.bumpVersion();
            }
            return changed;
        });
    }

    /** The clerk's message of a refused change: its problems, each naming its row (the first 12, then how many more). */
    static StoreException refusal(List<StructureCheck.Problem> problems) {
        List<Text> lines = new ArrayList<>(problems.stream().limit(12).map(StructureCheck.Problem::text).toList());
        if (problems.size() > 12) {
            lines.add(Text.of("struct.more", Integer.toString(problems.size() - 12)));
        }
        return new StoreException(Text.of("struct.refused", List.copyOf(lines)));
    }

    /** Does a journaled change again (replay: the items as checked when it was saved). */
    void replayStructure(String who, List<StructureItem> items) {
        tx.journaled(new SaveJournal.Structure(who, items), () -> {
            if (apply(who, items) > 0) {
                tx.bumpVersion();
            }
            return null;
        });
    }

    /** Does a journaled turn of the year again. */
    void replayStartYear(String who, int year) {
        tx.journaled(new SaveJournal.StartYear(who, year), () -> {
            applyStartYear(who, year);
            tx.bumpVersion();
            return null;
        });
    }

    /** Writes checked items (journal replay: as journaled). Inside the caller's transaction. */
    int apply(String who, List<StructureItem> items) throws SQLException {
        Map<String, StructureItem> stored = new HashMap<>();
        for (StructureItem i : structure()) {
            stored.put(i.kind() + ":" + i.code(), i);
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        int changed = 0;
        try (PreparedStatement audit = trail.auditStatement()) {
            for (StructureItem want : items) {
                StructureItem old = stored.get(want.kind() + ":" + want.code());
                String entity = want.kind().table();
                if (old == null) {
                    if (exists(want)) {
                        throw new StoreException(Text.of("struct.duplicate-code", want.code(), entity));
                    }
                    insert(want);
                    if (want.kind() == StructureKind.INDICATOR && want.phases() != null) {
                        writePhases(want);
                    }
                    addAudit(audit, at, who, entity, want.code(), "created", null, want.name());
                    changed++;
                    continue;
                }
                int fields = 0;
                fields += field(audit, at, who, want, "name", old.name(), want.name());
                fields += field(audit, at, who, want, "parent", old.parent(), want.parent());
                fields += field(audit, at, who, want, "ord", Integer.toString(old.ord()), Integer.toString(want.ord()));
                fields += field(audit, at, who, want, "retired_from", str(old.retiredFrom()), str(want.retiredFrom()));
                fields += field(audit, at, who, want, "unit", old.unit(), want.unit());
                fields += field(audit, at, who, want, "decimals", str(old.decimals()), str(want.decimals()));
                fields += field(audit, at, who, want, "direction", name(old.direction()), name(want.direction()));
                fields += field(audit, at, who, want, "kind", name(old.indicatorKind()), name(want.indicatorKind()));
                fields += field(audit, at, who, want, "headline", Boolean.toString(old.headline()), Boolean.toString(want.headline()));
                fields += field(audit, at, who, want, "start_date", str(old.start()), str(want.start()));
                fields += field(audit, at, who, want, "due_date", str(old.due()), str(want.due()));
                fields += field(audit, at, who, want, "due_month", str(old.month()), str(want.month()));
                fields += field(audit, at, who, want, "indicator_code", old.link(), want.link());
                int phaseChange = want.kind() == StructureKind.INDICATOR
                        ? field(audit, at, who, want, "phases", old.phases(), want.phases()) : 0;
                if (phaseChange > 0) {
                    writePhases(want);
                    if (fields == 0) {
                        changed++;
                    }
                    fields += phaseChange;
                    if (fields == phaseChange) {
                        continue;       // only the phases changed: the item's row stays
                    }
                }
                if (fields > 0) {
                    update(want);
                    changed++;
                }
            }
            audit.executeBatch();
        }
        return changed;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static int field(PreparedStatement audit, OffsetDateTime at, String who, StructureItem item, String field,
                             String before, String after) throws SQLException {
        if (Objects.equals(before, after)) {
            return 0;
        }
        addAudit(audit, at, who, item.kind().table(), item.code(), field, before, after);
        return 1;
    }

    private boolean exists(StructureItem item) throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement("SELECT COUNT(*) FROM " + item.kind().table() + " WHERE code = ?")) {
            p.setString(1, item.code());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private void insert(StructureItem i) throws SQLException {
        switch (i.kind()) {
            case INDICATOR -> {
                try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO indicator (code, section_code, ord, name, unit, mask,"
                        + " decimals, direction, kind, headline, plan_year_offset, from_year, retired_from)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                    p.setString(1, i.code());
                    p.setString(2, i.parent());
                    p.setInt(3, i.ord());
                    p.setString(4, i.name());
                    p.setString(5, i.unit());
                    p.setString(6, StructureItem.maskOf(i.decimals()));
                    p.setInt(7, i.decimals());
                    p.setString(8, i.direction().name());
                    p.setString(9, i.indicatorKind().name());
                    p.setBoolean(10, i.headline());
                    setInt(p, 11, i.fromYear());
                    setInt(p, 12, i.retiredFrom());
                    p.executeUpdate();
                }
            }
            case PROJECT -> plain(i, "INSERT INTO project (code, section_code, ord, name, from_year, retired_from, stage)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'SIGNED')");
            case BATTLE -> {
                try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO section (code, kind, ord, title, subtitle, plan_year,"
                        + " from_year, retired_from) VALUES (?, 'BATTLE', ?, ?, NULL, ?, ?, ?)")) {
                    p.setString(1, i.code());
                    p.setInt(2, i.ord() + BATTLE_ORD);
                    p.setString(3, i.name());
                    p.setInt(4, Integer.parseInt(i.parent()));
                    setInt(p, 5, i.fromYear());
                    setInt(p, 6, i.retiredFrom());
                    p.executeUpdate();
                }
            }
            case TASK_FORCE -> plain(i, "INSERT INTO task_force (code, section_code, ord, name, from_year, retired_from)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
            case MILESTONE -> {
                try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO milestone (code, section_code, ord, title, from_year,"
                        + " retired_from, due_month, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED')")) {
                    common(p, i);
                    setInt(p, 7, i.month());
                    p.executeUpdate();
                }
            }
            case TASK -> {
                try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO battle_task (code, battle_code, ord, title, from_year,"
                        + " retired_from, start_date, due_date, indicator_code, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED')")) {
                    common(p, i);
                    p.setDate(7, i.start() == null ? null : Date.valueOf(i.start()));
                    p.setDate(8, i.due() == null ? null : Date.valueOf(i.due()));
                    p.setString(9, i.link());
                    p.executeUpdate();
                }
            }
        }
    }

    private void plain(StructureItem i, String sql) throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement(sql)) {
            common(p, i);
            p.executeUpdate();
        }
    }

    private static void common(PreparedStatement p, StructureItem i) throws SQLException {
        p.setString(1, i.code());
        p.setString(2, i.parent());
        p.setInt(3, i.ord());
        p.setString(4, i.name());
        setInt(p, 5, i.fromYear());
        setInt(p, 6, i.retiredFrom());
    }

    private static void setInt(PreparedStatement p, int index, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setInt(index, v);
        }
    }

    private void update(StructureItem i) throws SQLException {
        if (i.kind() == StructureKind.BATTLE) {
            try (PreparedStatement p = ctx.c.prepareStatement("UPDATE section SET title = ?, plan_year = ?, ord = ?, retired_from = ?"
                    + " WHERE code = ?")) {
                p.setString(1, i.name());
                p.setInt(2, Integer.parseInt(i.parent()));
                p.setInt(3, i.ord() + BATTLE_ORD);
                setInt(p, 4, i.retiredFrom());
                p.setString(5, i.code());
                p.executeUpdate();
            }
            return;
        }
        String parent = i.kind() == StructureKind.TASK ? "battle_code" : "section_code";
        String name = i.kind() == StructureKind.TASK || i.kind() == StructureKind.MILESTONE ? "title" : "name";
        String extra = switch (i.kind()) {
            case INDICATOR -> ", unit = ?, mask = ?, decimals = ?, direction = ?, kind = ?, headline = ?";
            case TASK -> ", start_date = ?, due_date = ?, indicator_code = ?";
            case MILESTONE -> ", due_month = ?";
            default -> "";
        };
        try (PreparedStatement p = ctx.c.prepareStatement("UPDATE " + i.kind().table() + " SET " + name + " = ?, " + parent
                + " = ?, ord = ?, retired_from = ?" + extra + " WHERE code = ?")) {
            p.setString(1, i.name());
            p.setString(2, i.parent());
            p.setInt(3, i.ord());
            setInt(p, 4, i.retiredFrom());
            int n = 5;
            switch (i.kind()) {
                case INDICATOR -> {
                    p.setString(n++, i.unit());
                    p.setString(n++, StructureItem.maskOf(i.decimals()));
                    p.setInt(n++, i.decimals());
                    p.setString(n++, i.direction().name());
                    p.setString(n++, i.indicatorKind().name());
                    p.setBoolean(n++, i.headline());
                }
                case TASK -> {
                    p.setDate(n++, i.start() == null ? null : Date.valueOf(i.start()));
                    p.setDate(n++, i.due() == null ? null : Date.valueOf(i.due()));
                    p.setString(n++, i.link());
                }
                case MILESTONE -> setInt(p, n++, i.month());
                default -> { }
            }
            p.setString(n, i.code());
            p.executeUpdate();
        }
    }

    // ---- the turn of the year and the finished years ----

    /**
     * Turns the reporting year to {@code year} (the one after the current) in one journaled transaction: the current
     * year is archived (read only from now on), the battles planned for the new year become its work. Refused for any
     * other year, and for the year already being reported.
     */
    void startYear(String clerk, int year) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        int current = reads.reportingYear();
        if (year == current) {
            throw new StoreException(Text.of("store.year-already", Integer.toString(year)));
        }
        if (year != current + 1) {
            throw new StoreException(Text.of("store.year-not-next", Integer.toString(year), Integer.toString(current),
                    Integer.toString(current + 1)));
        }
        tx.journaled(new SaveJournal.StartYear(who, year), () -> {
            applyStartYear(who, year);
            tx.bumpVersion();
            return null;
        });
    }

    void applyStartYear(String who, int year) throws SQLException {
        int current = reads.reportingYear();
        if (current != year - 1) {
            throw new StoreException(Text.of("store.year-not-next", Integer.toString(year), Integer.toString(current),
                    Integer.toString(current + 1)));
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO closed_year (closed_year, closed_at, closed_by) VALUES (?, ?, ?)")) {
            p.setInt(1, current);
            p.setObject(2, at);
            p.setString(3, who);
            p.executeUpdate();
        }
        try (PreparedStatement p = ctx.c.prepareStatement("UPDATE meta SET meta_value = ? WHERE meta_key = 'reporting_year'")) {
            p.setString(1, Integer.toString(year));
            p.executeUpdate();
        }
        trail.audit(at.toInstant(), who, "store", "reporting-year", "year", Integer.toString(current), Integer.toString(year));
    }

    /**
     * Refuses a write to a finished year (inside the writer's transaction; a journal replay passed it when it was made).
     * {@code what} names the value for the message (A3-01/2026/10).
     */
    static void refuseClosed(StoreContext ctx, Collection<Integer> years, String what) throws SQLException {
        if (ctx.replaying || years.isEmpty()) {
            return;
        }
        int lastClosed = lastClosed(ctx);
        for (Integer y : years) {
            if (lastClosed > 0 && y <= lastClosed) {
                throw new StoreException(Text.of("store.year-closed", Integer.toString(y), what));
            }
        }
    }

    private static int lastClosed(StoreContext ctx) throws SQLException {
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(closed_year) FROM closed_year")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Refuses figures (or scores, tasks) of {@code figureYears} and targets of {@code targetYears} that
     * {@link cn.techcity.cockpit.domain.YearRules} keeps from changing: an archived year or one before it, a year not
     * begun. A journal replay passed them when they were made.
     */
    static void refuseYears(StoreContext ctx, Map<Integer, String> figureYears, Map<Integer, String> targetYears)
            throws SQLException {
        if (ctx.replaying || figureYears.isEmpty() && targetYears.isEmpty()) {
            return;
        }
        int lastClosed = lastClosed(ctx);
        int reporting;
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT meta_value FROM meta WHERE meta_key = 'reporting_year'")) {
            if (!rs.next()) {
                return;
            }
            reporting = Integer.parseInt(rs.getString(1));
        }
        for (var e : figureYears.entrySet()) {
            Text why = cn.techcity.cockpit.domain.YearRules.figureRefused(e.getKey(), reporting, lastClosed, e.getValue());
            if (why != null) {
                throw new StoreException(why);
            }
        }
        for (var e : targetYears.entrySet()) {
            Text why = cn.techcity.cockpit.domain.YearRules.targetRefused(e.getKey(), reporting, lastClosed, e.getValue());
            if (why != null) {
                throw new StoreException(why);
            }
        }
    }

    /** The plan year of a battle (null when it has none). */
    Integer planYear(String battleCode) {
        for (Section s : reads.sections()) {
            if (s.code().equals(battleCode)) {
                return s.planYear();
            }
        }
        return null;
    }
}
