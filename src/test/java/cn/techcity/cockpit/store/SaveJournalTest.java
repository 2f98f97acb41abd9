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

/** The journal puts back acknowledged saves a database file lacks (what H2 lost on a kill), and nothing else. */
class SaveJournalTest {
    @TempDir
    Path dir;

    @Test
    void savesMissingFromTheFileAreReplayedFromTheJournal() throws Exception {
        Path db = dir.resolve("c");
        Path file = Database.normalise(db);
        Path journal;
        Path older = dir.resolve("older.mv.db");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        // the file as it was before this session's saves: what H2 fell back to after the kill
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            Files.copy(file, older, StandardCopyOption.REPLACE_EXISTING);
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, "快报", Revision.PROVISIONAL,
                    "张三", Instant.now(), false)));
            store.updateTaskStatus("李四", "B1-T01", TaskStatus.IN_PROGRESS, "启动");
            store.saveEdits("王五", List.of(), List.of(new TargetEdit("H0-01", 2026, true, new BigDecimal("66.6"), false, null, 0)));
            journal = new SaveJournal(file).file();
            assertThat(journal).exists();
            // "kill": keep the journal, put the older file back (the store is closed below without clearing it)
            Files.copy(journal, dir.resolve("kept.journal"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("kept.journal"), journal, StandardCopyOption.REPLACE_EXISTING);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.replayedOnOpen()).isEqualTo(3);
            var data = store.load();
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().note()).isEqualTo("快报");
            assertThat(data.figure("A2-03", 2026, 11).orElseThrow().enteredBy()).isEqualTo("张三");
            assertThat(data.tasks("B1").get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(data.target("H0-01", 2026).orElseThrow().base()).isEqualByComparingTo("66.6");
            assertThat(store.auditOf("monthly_figure", "A2-03/2026/11")).hasSize(2); // value and note
        }
        assertThat(journal).as("a clean close empties the journal").doesNotExist();
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.replayedOnOpen()).isZero();
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndSavesTheFileHasAreNotAppliedTwice() throws Exception {
        Path db = dir.resolve("c");
        Path file = Database.normalise(db);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("1"), null, null, Revision.PROVISIONAL,
                    "张三", Instant.now(), false)));
            Path journal = new SaveJournal(file).file();
            Files.copy(journal, dir.resolve("kept.journal"));
        }
        Path journal = new SaveJournal(file).file();
        Files.copy(dir.resolve("kept.journal"), journal);
        Files.writeString(journal, "J1 999 edits AAAA", java.nio.file.StandardOpenOption.APPEND); // torn, no checksum
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.replayedOnOpen()).as("the file already has version 2; the torn line is not an entry").isZero();
            assertThat(store.auditOf("monthly_figure", "A2-03/2026/11")).hasSize(1);
        }
    }
}
