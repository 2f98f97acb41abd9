package cn.techcity.cockpit.store;

import static cn.techcity.cockpit.store.Values.setDecimal;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.domain.content.SampleData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The first run: the document's structure (sections, indicators, milestones, projects, tasks, task forces) and the samples. */
final class Seeding {
    private final StoreContext ctx;
    private final Transactions tx;
    private final AuditTrail trail;
    private final FigureWrites figures;

    Seeding(StoreContext ctx, Transactions tx, AuditTrail trail, FigureWrites figures) {
        this.ctx = ctx;
        this.tx = tx;
        this.trail = trail;
        this.figures = figures;
    }

    /** Writes the document's structure and, when {@code withSample}, the sample figures; in one transaction. */
    void seedFirstRun(int year, int cutoffMonth, Instant now, boolean withSample) {
        tx.inTransaction(() -> {
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO section (code, kind, ord, title, subtitle, plan_year)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Section s : DocumentContent.sections()) {
                    p.setString(1, s.code());
                    p.setString(2, s.kind().name());
                    p.setInt(3, s.ord());
                    p.setString(4, s.title());
                    p.setString(5, s.subtitle());
                    // the document's battles are the plan of the year after the review year
                    p.setObject(6, s.kind() == cn.techcity.cockpit.domain.SectionKind.BATTLE ? Integer.valueOf(year + 1) : null,
                            java.sql.Types.INTEGER);
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Indicator> indicators = DocumentContent.indicators();
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO indicator (code, section_code, ord, name, unit, mask, decimals,"
                    + " direction, kind, headline, plan_year_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Indicator i : indicators) {
                    p.setString(1, i.code());
                    p.setString(2, i.sectionCode());
                    p.setInt(3, i.ord());
                    p.setString(4, i.name());
                    p.setString(5, i.unit());
                    p.setString(6, i.mask());
                    p.setInt(7, i.decimals());
                    p.setString(8, i.direction().name());
                    p.setString(9, i.kind().name());
                    p.setBoolean(10, i.headline());
                    p.setInt(11, i.planYearOffset());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Milestone> milestones = withSample ? SampleData.milestones(DocumentContent.milestones(), year)
                    : DocumentContent.milestones();
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO milestone (code, section_code, ord, title, status, progress,"
                    + " sample) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Milestone m : milestones) {
                    p.setString(1, m.code());
                    p.setString(2, m.sectionCode());
                    p.setInt(3, m.ord());
                    p.setString(4, m.title());
                    p.setString(5, m.status().name());
                    p.setBigDecimal(6, m.progress());
                    p.setBoolean(7, m.sample());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Project> projects = withSample ? SampleData.projects(DocumentContent.projects(), year)
                    : DocumentContent.projects();
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO project (code, section_code, ord, name, stage, build_type,"
                    + " investment_planned, investment_completed, note, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Project pr : projects) {
                    p.setString(1, pr.code());
                    p.setString(2, pr.sectionCode());
                    p.setInt(3, pr.ord());
                    p.setString(4, pr.name());
                    p.setString(5, pr.stage().name());
                    p.setString(6, pr.buildType() == null ? null : pr.buildType().name());
                    p.setBigDecimal(7, pr.investmentPlanned());
                    p.setBigDecimal(8, pr.investmentCompleted());
                    p.setString(9, pr.note());
                    p.setBoolean(10, pr.sample());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO battle_task (code, battle_code, ord, title, owner, due_date,"
                    + " status, progress_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (BattleTask t : DocumentContent.tasks(year + 1)) {
                    p.setString(1, t.code());
                    p.setString(2, t.battleCode());
                    p.setInt(3, t.ord());
                    p.setString(4, t.title());
                    p.setString(5, t.owner());
                    p.setDate(6, t.due() == null ? null : Date.valueOf(t.due()));
                    p.setString(7, t.status().name());
                    p.setString(8, t.progressNote());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<TaskForce> taskForces = DocumentContent.taskForces();
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO task_force (code, section_code, ord, name)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (TaskForce tf : taskForces) {
                    p.setString(1, tf.code());
                    p.setString(2, tf.sectionCode());
                    p.setInt(3, tf.ord());
                    p.setString(4, tf.name());
                    p.addBatch();
                }
                p.executeBatch();
            }
            if (withSample) {
                SampleData sample = SampleData.generate(indicators, year, cutoffMonth, now);
                insertTargets(sample.targets());
                figures.rawInsertFigures(sample.figures());
                insertScores(SampleData.scores(taskForces, year, cutoffMonth));
            }
            setMeta("reporting_year", Integer.toString(year));
            setMeta("created_at", now.toString());
            trail.audit(now, "system", "store", "first-run", "seed", null,
                    withSample ? "文档结构与示例数据 / structure and sample" : "文档结构 / structure");
            tx.bumpVersion();
            return null;
        });
    }

    private void insertTargets(List<Target> targets) throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO target (indicator_code, target_year, base_value, stretch_value,"
                + " sample) VALUES (?, ?, ?, ?, ?)")) {
            for (Target t : targets) {
                p.setString(1, t.indicatorCode());
                p.setInt(2, t.year());
                setDecimal(p, 3, t.base());
                setDecimal(p, 4, t.stretch());
                p.setBoolean(5, t.sample());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertScores(List<TaskForceScore> scores) throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO task_force_score (task_force_code, score_year, period, score,"
                + " sample) VALUES (?, ?, ?, ?, ?)")) {
            for (TaskForceScore s : scores) {
                p.setString(1, s.taskForceCode());
                p.setInt(2, s.year());
                p.setInt(3, s.period());
                p.setBigDecimal(4, s.score());
                p.setBoolean(5, s.sample());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement("UPDATE meta SET meta_value = ? WHERE meta_key = ?")) {
            p.setString(1, value);
            p.setString(2, key);
            if (p.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }
}
