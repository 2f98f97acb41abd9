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
            List<Section> sections = new ArrayList<>();
            try (Statement s = ctx.c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT code, kind, ord, title, subtitle FROM section")) {
                while (rs.next()) {
                    sections.add(new Section(rs.getString(1), SectionKind.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            List<Indicator> indicators = indicators();
            List<Target> targets = targets(year - 1, year + 1);
            Map<String, Integer> versions = new HashMap<>();
            List<MonthlyFigure> figures = figures(year - 1, year + 1, versions);
            List<Milestone> milestones = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT code, section_code, ord, title, status, progress, sample FROM milestone")) {
                while (rs.next()) {
                    milestones.add(new Milestone(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            MilestoneStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getBoolean(7)));
                }
            }
            List<Project> projects = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, stage,"
                    + " build_type, investment_planned, investment_completed, note, sample FROM project")) {
                while (rs.next()) {
                    String bt = rs.getString(6);
                    projects.add(new Project(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            ProjectStage.valueOf(rs.getString(5)), bt == null ? null : BuildType.valueOf(bt),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getBoolean(10)));
                }
            }
            List<BattleTask> tasks = tasks();
            List<TaskForce> taskForces = new ArrayList<>();
            try (Statement s = ctx.c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name FROM task_force ORDER BY ord")) {
                while (rs.next()) {
                    taskForces.add(new TaskForce(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
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
            return new CockpitData(year, dataVersion(), sections, indicators, targets, figures, milestones, projects,
                    tasks, taskForces, scores, allTaskHistory(), rowVersions(year - 1, year + 1, versions));
        });
    }

    List<Indicator> indicators() {
        return tx.sql(() -> {
            List<Indicator> out = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, unit, mask,"
                    + " decimals, direction, kind, headline, plan_year_offset FROM indicator ORDER BY section_code, ord")) {
                while (rs.next()) {
                    out.add(new Indicator(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), Direction.valueOf(rs.getString(8)),
                            IndicatorKind.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getInt(11)));
                }
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
