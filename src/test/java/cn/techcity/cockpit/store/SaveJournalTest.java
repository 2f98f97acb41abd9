package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.TaskStatus;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an unclean end the database is rebuilt from its base and the journal (ADR 0010): every acknowledged save comes
 * back, whatever H2 left in the file, and nothing is applied twice.
 */
class SaveJournalTest {
    @TempDir
    Path dir;

    @Test
    void savesMissingFromTheFileAreReplayedFromTheJournal() throws Exception {
        Path db = dir.resolve("c");
        Path file = Database.normalise(db);
        Path older = dir.resolve("older.mv.db");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        // the file as it was before this session's saves: what H2 fell back to after a kill
        Files.copy(file, older, StandardCopyOption.REPLACE_EXISTING);
        store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, "快报", Revision.PROVISIONAL,
                "张三", Instant.now(), false)));
        store.updateTaskStatus("李四", "B1-T01", TaskStatus.IN_PROGRESS, "启动");
        store.saveEdits("王五", List.of(), List.of(new TargetEdit("H0-01", 2026, true, new BigDecimal("66.6"), false, null, 0)));
        Path journal = dir.resolve("c.journal");
        assertThat(journal).exists();
        store.abandon();     // a kill: no clean close
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        try (CockpitStore reopened = CockpitStore.open(db, 2026, 10)) {
            assertThat(reopened.replayedOnOpen()).isEqualTo(3);
            var data = reopened.load();
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().note()).isEqualTo("快报");
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().enteredBy()).isEqualTo("张三");
            assertThat(data.tasks("B1").get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(data.target("H0-01", 2026).orElseThrow().base()).isEqualByComparingTo("66.6");
            assertThat(reopened.auditOf("monthly_figure", "A2-03/2026/11")).hasSize(2); // value and note
            assertThat(journal).as("the rebuilt file is the new base: the journal is not needed").doesNotExist();
        }
        assertThat(dir.resolve("c.crashed.mv.db")).as("the file H2 left is kept for a look").exists();
        try (CockpitStore reopened = CockpitStore.open(db, 2026, 10)) {
            assertThat(reopened.replayedOnOpen()).isZero();
            assertThat(reopened.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndNoSaveIsAppliedTwice() throws Exception {
        Path db = dir.resolve("c");
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("1"), null, null, Revision.PROVISIONAL,
                "张三", Instant.now(), false)));
        store.abandon();
        Path journal = dir.resolve("c.journal");
        Files.writeString(journal, "J1 999 edits AAAA", java.nio.file.StandardOpenOption.APPEND); // torn, no checksum
        try (CockpitStore reopened = CockpitStore.open(db, 2026, 10)) {
            assertThat(reopened.replayedOnOpen()).as("rebuilt from the base: the one save, not the torn line").isEqualTo(1);
            assertThat(reopened.auditOf("monthly_figure", "A2-03/2026/11")).hasSize(1);
            assertThat(reopened.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("1");
        }
    }
}
