package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.content.DocumentContent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CockpitStoreTest {
    @TempDir
    Path dir;

    private CockpitStore open() {
        return CockpitStore.open(dir.resolve("cockpit"), 2026, 10);
    }

    private static MonthlyFigure figure(String code, int month, String value, String note) {
        return new MonthlyFigure(code, 2026, month, value == null ? null : new BigDecimal(value), null, note,
                Revision.PROVISIONAL, "ignored", Instant.now(), false);
    }

    @Test
    void firstRunCreatesTheWholeDocumentWithSampleFigures() {
        try (CockpitStore store = open()) {
            CockpitData data = store.load();
            assertThat(data.year()).isEqualTo(2026);
            assertThat(data.sections(SectionKind.AREA)).hasSize(5);
            assertThat(data.sections(SectionKind.BATTLE)).hasSize(4);
            assertThat(data.indicators()).hasSameSizeAs(DocumentContent.indicators());
            assertThat(data.tasks()).hasSameSizeAs(DocumentContent.tasks(2027));
            assertThat(data.projects()).hasSameSizeAs(DocumentContent.projects());
            assertThat(data.taskForces()).hasSameSizeAs(DocumentContent.taskForces());
            assertThat(data.latestMonth()).contains(10);
            assertThat(data.hasSample()).isTrue();
            assertThat(store.hasSampleData()).isTrue();
            assertThat(data.figure("H0-01", 2026, 10)).isPresent();
            assertThat(data.target("B3-01", 2027)).as("battle targets are for the plan year").isPresent();
            assertThat(data.scores()).isNotEmpty();
        }
    }

    @Test
    void reopeningDoesNotSeedAgainAndKeepsTheFigures() {
        BigDecimal before;
        try (CockpitStore store = open()) {
            before = store.load().figure("A3-01", 2026, 10).orElseThrow().value();
        }
        try (CockpitStore store = CockpitStore.open(dir.resolve("cockpit.mv.db"), 2030, 3)) {
            CockpitData data = store.load();
            assertThat(data.year()).isEqualTo(2026);
            assertThat(data.figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo(before);
            assertThat(data.indicators()).hasSameSizeAs(DocumentContent.indicators());
        }
    }

    @Test
    void chineseTextAndPrecisionSurviveTheRoundTrip() {
        try (CockpitStore store = open()) {
            store.saveFigures("张三", List.of(figure("A2-03", 11, "45.60", "口径:含外资到位,待统计局核实")));
        }
        try (CockpitStore store = open()) {
            MonthlyFigure f = store.load().figure("A2-03", 2026, 11).orElseThrow();
            assertThat(f.value()).isEqualByComparingTo("45.6");
            assertThat(f.value().stripTrailingZeros().toPlainString()).isEqualTo("45.6");
            assertThat(f.note()).isEqualTo("口径:含外资到位,待统计局核实");
            assertThat(f.enteredBy()).isEqualTo("张三");
            assertThat(f.sample()).as("a clerk's figure is not sample").isFalse();
        }
    }

    @Test
    void everyChangeWritesAnAuditRowWithOldAndNewValue() {
        try (CockpitStore store = open()) {
            BigDecimal old = store.load().figure("A2-03", 2026, 10).orElseThrow().value();
            long version = store.dataVersion();
            assertThat(store.saveFigures("李四", List.of(figure("A2-03", 10, "99.99", null)))).isEqualTo(1);
            List<AuditEntry> audit = store.auditOf("monthly_figure", "A2-03/2026/10");
            assertThat(audit).hasSize(1);
            AuditEntry a = audit.get(0);
            assertThat(a.who()).isEqualTo("李四");
            assertThat(a.field()).isEqualTo("cum_value");
            assertThat(new BigDecimal(a.oldValue())).isEqualByComparingTo(old);
            assertThat(a.newValue()).isEqualTo("99.99");
            assertThat(store.dataVersion()).isEqualTo(version + 1);
            // saving the same value again changes nothing and writes nothing
            assertThat(store.saveFigures("李四", List.of(figure("A2-03", 10, "99.990", null)))).isZero();
            assertThat(store.auditOf("monthly_figure", "A2-03/2026/10")).hasSize(1);
            assertThat(store.dataVersion()).isEqualTo(version + 1);
        }
    }

    @Test
    void aFailedSaveWritesNothingAtAll() {
        try (CockpitStore store = open()) {
            BigDecimal before = store.load().figure("A3-01", 2026, 10).orElseThrow().value();
            long version = store.dataVersion();
            // the second figure names no indicator: the whole batch must be refused, the first one too
            assertThatThrownBy(() -> store.saveFigures("王五", List.of(figure("A3-01", 10, "1.23", null),
                    figure("NO-SUCH", 10, "5", null))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("未写入任何数据");
            assertThat(store.load().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo(before);
            assertThat(store.auditOf("monthly_figure", "A3-01/2026/10")).isEmpty();
            assertThat(store.dataVersion()).isEqualTo(version);
        }
    }

    @Test
    void targetsAreSavedWithAudit() {
        try (CockpitStore store = open()) {
            store.saveTarget("赵六", Target.of("H0-01", 2026, new BigDecimal("50.0"), new BigDecimal("55.0")));
            CockpitData data = store.load();
            assertThat(data.target("H0-01", 2026).orElseThrow().base()).isEqualByComparingTo("50");
            assertThat(data.target("H0-01", 2026).orElseThrow().sample()).isFalse();
            assertThat(store.auditOf("target", "H0-01/2026")).extracting(AuditEntry::field)
                    .containsExactlyInAnyOrder("base_value", "stretch_value");
        }
    }

    @Test
    void clearingTheSampleLeavesTheStructureAndTheClerksFigures() {
        try (CockpitStore store = open()) {
            store.saveFigures("张三", List.of(figure("A2-04", 10, "3456", null)));
            int removed = store.clearSampleData("张三");
            assertThat(removed).isPositive();
            CockpitData data = store.load();
            assertThat(data.hasSample()).isFalse();
            assertThat(store.hasSampleData()).isFalse();
            assertThat(data.indicators()).hasSameSizeAs(DocumentContent.indicators());
            assertThat(data.tasks()).hasSameSizeAs(DocumentContent.tasks(2027));
            assertThat(data.figure("A2-04", 2026, 10).orElseThrow().value()).isEqualByComparingTo("3456");
            assertThat(data.figure("A2-04", 2026, 9)).isEmpty();
            // a figure without a target now reads as no target, and one without a figure as no data
            assertThat(data.assess(data.indicator("A2-04").orElseThrow(), 10).status()).isEqualTo(Status.NO_TARGET);
            assertThat(data.assess(data.indicator("A2-03").orElseThrow(), 10).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Test
    void aTasksStatusHistoryIsKept() {
        try (CockpitStore store = open()) {
            store.updateTaskStatus("张三", "B1-T03", TaskStatus.IN_PROGRESS, "已与银行对接");
            store.updateTaskStatus("李四", "B1-T03", TaskStatus.DONE, "试点方案印发");
            var history = store.taskHistory("B1-T03");
            assertThat(history).extracting(h -> h.who() + ":" + h.oldStatus() + "→" + h.newStatus())
                    .containsExactly("张三:NOT_STARTED→IN_PROGRESS", "李四:IN_PROGRESS→DONE");
            assertThat(store.tasks().stream().filter(t -> t.code().equals("B1-T03")).findFirst().orElseThrow().progressNote())
                    .isEqualTo("试点方案印发");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftAlone() throws Exception {
        Path bogus = dir.resolve("notes.mv.db");
        byte[] content = "这不是数据库 / not a database".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(bogus, content);
        assertThatThrownBy(() -> CockpitStore.open(bogus, 2026, 10))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("不是驾驶舱可读的数据库文件")
                .hasMessageContaining(bogus.toString());
        assertThat(Files.readAllBytes(bogus)).isEqualTo(content);
    }

    @Test
    void migrationsAreRecordedAndNotAppliedTwice() throws Exception {
        try (CockpitStore store = open()) {
            store.load();
        }
        try (Database db = Database.open(dir.resolve("cockpit"))) {
            assertThat(Migrations.currentVersion(db.connection())).isEqualTo(Migrations.latestVersion());
            assertThat(Migrations.migrate(db.connection())).isZero();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedWithAMessage() throws Exception {
        try (CockpitStore store = open()) {
            store.load();
        }
        try (Database db = Database.open(dir.resolve("cockpit"));
             var s = db.connection().createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class).hasMessageContaining("请升级程序");
    }
}
