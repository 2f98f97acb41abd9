package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MilestoneStatus;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TargetPhase;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.TaskStatusChange;
import cn.techcity.cockpit.domain.Text;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reads: the year as the views show it, its parts, the row versions of the optimistic saves, the data version. */
final class StoreReads {
    private final StoreContext ctx;
    private final Transactions tx;

    /** The structure as a whole (set by the store once its parts exist). */
    java.util.function.Supplier<List<cn.techcity.cockpit.domain.StructureItem>> structure;

    StoreReads(StoreContext ctx, Transactions tx) {
        this.ctx = ctx;
        this.tx = tx;
    }

    boolean isSeeded() {
        return meta("reporting_year") != null;
    }

    int reportingYear() {
        String y = meta("reporting_year");
        if (y == null) {
            throw new StoreException(Text.of("store.no-content"));
        }
        return Integer.parseInt(y);
    }

    long dataVersion() {
        return tx.sql(() -> {
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Reads everything for {@code year} as if it were the reporting year: its targets and figures, last year's, and the
     * plan year's (the battles' indicators count in the year after).
     */
    CockpitData load(int year) {
        return tx.sql(() -> {
            int reporting = reportingYear();
            List<Section> all = sections();
            // the battles of the year once it has turned to them, else the plan of the year after
            boolean ownBattles = all.stream().anyMatch(s -> s.kind() == SectionKind.BATTLE && Integer.valueOf(year).equals(s.planYear())
                    && shownIn(s, year));
            List<Section> sections = new ArrayList<>();
            for (Section s : all) {
                if (shownIn(s, year) && (s.kind() != SectionKind.BATTLE || s.planYear() == null
                        || s.planYear() == (ownBattles ? year : year + 1))) {
                    sections.add(s);
                }
            }
            Map<String, Section> shown = new HashMap<>();
            sections.forEach(s -> shown.put(s.code(), s));
            // the plan of the year after, while the year works on its own battles: its targets are entered now
            List<Section> plan = new ArrayList<>();
            if (ownBattles) {
                for (Section s : all) {
                    if (s.kind() == SectionKind.BATTLE && Integer.valueOf(year + 1).equals(s.planYear()) && shownIn(s, year)) {
                        plan.add(s);
                    }
                }
            }
            Map<String, Section> planned = new HashMap<>();
            plan.forEach(s -> planned.put(s.code(), s));
            List<Indicator> indicators = new ArrayList<>();
            for (IndicatorRow r : indicatorRows()) {
                Section s = shown.containsKey(r.indicator().sectionCode()) ? shown.get(r.indicator().sectionCode())
                        : planned.get(r.indicator().sectionCode());
                if (s != null && shownIn(r.from(), r.retired(), year)) {
                    indicators.add(withOffset(r.indicator(), s, year));
                }
            }
            List<Target> targets = targets(year - 1, year + 1);
            Map<String, Integer> versions = new HashMap<>();
            List<MonthlyFigure> figures = figures(year - 1, year + 1, versions);
            List<Milestone> milestones = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT code, section_code, ord, title, status, progress, sample, from_year, retired_from FROM milestone")) {
                while (rs.next()) {
                    if (shown.containsKey(rs.getString(2)) && shownIn(integer(rs, 8), integer(rs, 9), year)) {
                        milestones.add(new Milestone(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                MilestoneStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getBoolean(7)));
                    }
                }
            }
            List<Project> projects = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, stage,"
                    + " build_type, investment_planned, investment_completed, note, sample, from_year, retired_from FROM project")) {
                while (rs.next()) {
                    if (!shown.containsKey(rs.getString(2)) || !shownIn(integer(rs, 11), integer(rs, 12), year)) {
                        continue;
                    }
                    String bt = rs.getString(6);
                    projects.add(new Project(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            ProjectStage.valueOf(rs.getString(5)), bt == null ? null : BuildType.valueOf(bt),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getBoolean(10)));
                }
            }
            List<BattleTask> tasks = new ArrayList<>();
            for (TaskRow r : taskRows()) {
                if (shown.containsKey(r.task().battleCode()) && shownIn(r.from(), r.retired(), year)) {
                    tasks.add(r.task());
                }
            }
            List<TaskForce> taskForces = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT code, section_code, ord, name, from_year, retired_from FROM task_force ORDER BY ord")) {
                while (rs.next()) {
                    if (shown.containsKey(rs.getString(2)) && shownIn(integer(rs, 5), integer(rs, 6), year)) {
                        taskForces.add(new TaskForce(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            List<TaskForceScore> scores = new ArrayList<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT task_force_code, score_year, period, score, sample"
                    + " FROM task_force_score WHERE score_year = ?")) {
                p.setInt(1, year);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        scores.add(new TaskForceScore(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                                rs.getBoolean(5)));
                    }
                }
            }
            List<Integer> closed = closedYears();
            return new CockpitData(year, dataVersion(), sections, indicators, targets, figures, milestones, projects,
                    tasks, taskForces, scores, allTaskHistory(), rowVersions(year - 1, year + 1, versions),
                    new CockpitData.Years(reporting, years(reporting, closed), closed.contains(year),
                            structure == null ? List.of() : structure.get(), all,
                            closed.isEmpty() ? 0 : closed.get(closed.size() - 1), plan));
        });
    }

    /** A section shown in {@code year}: not retired, and a battle only when its plan is for that year or the next. */
    static boolean shownIn(Section s, int year) {
        if (s.retiredFrom() != null && s.retiredFrom() <= year) {
            return false;
        }
        if (s.kind() != SectionKind.BATTLE || s.planYear() == null) {
            return true;
        }
        return s.planYear() == year || s.planYear() == year + 1;
    }

    static boolean shownIn(Integer from, Integer retired, int year) {
        return (from == null || from <= year) && (retired == null || retired > year);
    }

    /** A battle's indicator counts in its plan year: the year after when the battles are the next year's plan. */
    private static Indicator withOffset(Indicator i, Section s, int year) {
        int offset = s.kind() == SectionKind.BATTLE && s.planYear() != null ? s.planYear() - year : 0;
        return offset == i.planYearOffset() ? i : new Indicator(i.code(), i.sectionCode(), i.ord(), i.name(), i.unit(),
                i.mask(), i.decimals(), i.direction(), i.kind(), i.headline(), offset);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Every section, with its plan year and retirement. */
    List<Section> sections() {
        return tx.sql(() -> {
            List<Section> out = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT code, kind, ord, title, subtitle, plan_year, retired_from FROM section ORDER BY ord")) {
                while (rs.next()) {
                    out.add(new Section(rs.getString(1), SectionKind.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getString(4), rs.getString(5), integer(rs, 6), integer(rs, 7)));
                }
            }
            return out;
        });
    }

    /** The finished (archived) reporting years, oldest first. */
    List<Integer> closedYears() {
        return tx.sql(() -> {
            List<Integer> out = new ArrayList<>();
            try (Statement s = ctx.c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT closed_year FROM closed_year ORDER BY closed_year")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    /** The years a clerk can look at: the finished ones, the reporting year, and any earlier year with figures. */
    private List<Integer> years(int reporting, List<Integer> closed) throws SQLException {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>(closed);
        out.add(reporting);
        // the first year with figures, through the index: every year from it on is one to look at
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(fig_year) FROM monthly_figure")) {
            if (rs.next()) {
                int first = rs.getInt(1);
                if (!rs.wasNull()) {
                    for (int y = first; y < reporting; y++) {
                        out.add(y);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    record IndicatorRow(Indicator indicator, Integer from, Integer retired) {
    }

    record TaskRow(BattleTask task, Integer from, Integer retired, java.time.LocalDate start, String indicator) {
    }

    List<IndicatorRow> indicatorRows() throws SQLException {
        List<IndicatorRow> out = new ArrayList<>();
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, unit, mask,"
                + " decimals, direction, kind, headline, plan_year_offset, from_year, retired_from FROM indicator"
                + " ORDER BY section_code, ord")) {
            while (rs.next()) {
                out.add(new IndicatorRow(new Indicator(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), Direction.valueOf(rs.getString(8)),
                        IndicatorKind.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getInt(11)), integer(rs, 12), integer(rs, 13)));
            }
        }
        return out;
    }

    List<TaskRow> taskRows() throws SQLException {
        List<TaskRow> out = new ArrayList<>();
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, battle_code, ord, title, owner,"
                + " due_date, status, progress_note, from_year, retired_from, start_date, indicator_code FROM battle_task"
                + " ORDER BY battle_code, ord")) {
            while (rs.next()) {
                Date due = rs.getDate(6);
                Date start = rs.getDate(11);
                out.add(new TaskRow(new BattleTask(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), due == null ? null : due.toLocalDate(), TaskStatus.valueOf(rs.getString(7)),
                        rs.getString(8)), integer(rs, 9), integer(rs, 10), start == null ? null : start.toLocalDate(),
                        rs.getString(12)));
            }
        }
        return out;
    }

    /** Every indicator, in use or retired; a battle's counts in its plan year as seen from the reporting year. */
    List<Indicator> indicators() {
        return tx.sql(() -> {
            int year = reportingYear();
            Map<String, Section> sections = new HashMap<>();
            sections().forEach(x -> sections.put(x.code(), x));
            List<Indicator> out = new ArrayList<>();
            for (IndicatorRow r : indicatorRows()) {
                Section s = sections.get(r.indicator().sectionCode());
                out.add(s == null ? r.indicator() : withOffset(r.indicator(), s, year));
            }
            return out;
        });
    }

    /** Targets of the years {@code from..to}, with their phases. */
    List<Target> targets(int from, int to) {
        return tx.sql(() -> {
            Map<String, List<TargetPhase>> phases = new HashMap<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT indicator_code, target_year, by_month, label, phase_value"
                    + " FROM target_phase WHERE target_year BETWEEN ? AND ?")) {
                p.setInt(1, from);
                p.setInt(2, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        phases.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                                .add(new TargetPhase(rs.getInt(3), rs.getString(4), rs.getBigDecimal(5)));
                    }
                }
            }
            List<Target> out = new ArrayList<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT indicator_code, target_year, base_value, stretch_value, sample"
                    + " FROM target WHERE target_year BETWEEN ? AND ?")) {
                p.setInt(1, from);
                p.setInt(2, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        int y = rs.getInt(2);
                        out.add(new Target(code, y, rs.getBigDecimal(3), rs.getBigDecimal(4),
                                phases.getOrDefault(code + "/" + y, List.of()), rs.getBoolean(5)));
                    }
                }
            }
            return out;
        });
    }

    /** Monthly figures of the years {@code from..to}. */
    List<MonthlyFigure> figures(int from, int to) {
        return tx.sql(() -> figures(from, to, null));
    }

    /** The figures of the years, and (when {@code versions} is given) each row's version as "F:code/year/month". */
    private List<MonthlyFigure> figures(int from, int to, Map<String, Integer> versions) throws SQLException {
        List<MonthlyFigure> out = new ArrayList<>();
        try (PreparedStatement p = ctx.c.prepareStatement("SELECT indicator_code, fig_year, fig_month, cum_value, reported_growth,"
                + " note, revision, entered_by, entered_at, sample, row_version FROM monthly_figure WHERE fig_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    MonthlyFigure f = new MonthlyFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6), Revision.valueOf(rs.getString(7)), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getBoolean(10));
                    out.add(f);
                    if (versions != null) {
                        versions.put("F:" + f.indicatorCode() + "/" + f.year() + "/" + f.month(), rs.getInt(11));
                    }
                }
            }
        }
        return out;
    }

    List<BattleTask> tasks() {
        return tx.sql(() -> {
            List<BattleTask> out = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, battle_code, ord, title, owner,"
                    + " due_date, status, progress_note FROM battle_task ORDER BY battle_code, ord")) {
                while (rs.next()) {
                    Date due = rs.getDate(6);
                    out.add(new BattleTask(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), due == null ? null : due.toLocalDate(), TaskStatus.valueOf(rs.getString(7)),
                            rs.getString(8)));
                }
            }
            return out;
        });
    }

    /**
     * Row versions for optimistic saves, added to the figures' ("F:code/year/month"): "K:" tasks, "P:" projects,
     * "S:" scores, "T:code/year" targets.
     */
    private Map<String, Integer> rowVersions(int from, int to, Map<String, Integer> out) throws SQLException {
        try (Statement st = ctx.c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, row_version FROM battle_task")) {
            while (rs.next()) {
                out.put("K:" + rs.getString(1), rs.getInt(2));
            }
        }
        try (Statement st = ctx.c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, row_version FROM project")) {
            while (rs.next()) {
                out.put("P:" + rs.getString(1), rs.getInt(2));
            }
        }
        try (PreparedStatement p = ctx.c.prepareStatement("SELECT task_force_code, score_year, period, row_version FROM task_force_score"
                + " WHERE score_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put("S:" + rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3), rs.getInt(4));
                }
            }
        }
        try (PreparedStatement p = ctx.c.prepareStatement("SELECT indicator_code, target_year, row_version FROM target"
                + " WHERE target_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put("T:" + rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
                }
            }
        }
        return out;
    }

    private List<TaskStatusChange> allTaskHistory() throws SQLException {
        List<TaskStatusChange> out = new ArrayList<>();
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT task_code, changed_at, changed_by,"
                + " old_status, new_status, note FROM task_status_history ORDER BY id")) {
            while (rs.next()) {
                String old = rs.getString(4);
                out.add(new TaskStatusChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), old == null ? null : TaskStatus.valueOf(old), TaskStatus.valueOf(rs.getString(5)),
                        rs.getString(6)));
            }
        }
        return out;
    }

    List<TaskStatusChange> taskHistory(String taskCode) {
        return tx.sql(() -> {
            List<TaskStatusChange> out = new ArrayList<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT changed_at, changed_by, old_status, new_status, note"
                    + " FROM task_status_history WHERE task_code = ? ORDER BY id")) {
                p.setString(1, taskCode);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String old = rs.getString(3);
                        out.add(new TaskStatusChange(taskCode, rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getString(2), old == null ? null : TaskStatus.valueOf(old),
                                TaskStatus.valueOf(rs.getString(4)), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    boolean hasSampleData() {
        return tx.sql(() -> {
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM monthly_figure WHERE sample) + (SELECT COUNT(*) FROM target WHERE sample)"
                            + " + (SELECT COUNT(*) FROM task_force_score WHERE sample) + (SELECT COUNT(*) FROM project WHERE sample)"
                            + " + (SELECT COUNT(*) FROM milestone WHERE sample)")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    private String meta(String key) {
        return tx.sql(() -> {
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT meta_value FROM meta WHERE meta_key = ?")) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
