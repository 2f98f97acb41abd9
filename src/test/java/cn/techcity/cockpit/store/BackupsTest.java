package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups at start and daily (14 kept), restore with the current file kept, and bad files that touch nothing. */
class BackupsTest {
    @TempDir
    Path dir;

    private static MonthlyFigure figure(String v) {
        return new MonthlyFigure("A2-03", 2026, 10, new BigDecimal(v), null, null, Revision.REVISED, "t", Instant.now(), false);
    }

    @Test
    void aBackupADayTheNewestFourteenKept() {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            LocalDateTime day = LocalDateTime.of(2026, 11, 1, 8, 0);
            assertThat(store.backupIfDue(day)).isPresent();
            assertThat(store.backupIfDue(day.plusHours(3))).as("once a day").isEmpty();
            for (int i = 1; i <= 20; i++) {
                assertThat(store.backupIfDue(day.plusDays(i))).isPresent();
            }
        }
        List<Path> backups = Backups.list(Database.normalise(db));
        assertThat(backups).hasSize(Backups.KEEP);
        assertThat(backups.get(backups.size() - 1).getFileName().toString()).startsWith("cockpit-20261121");
    }

    @Test
    void restoreBringsTheBackupBackAndKeepsTheCurrentFile() throws Exception {
        Path db = dir.resolve("cockpit");
        Path backup;
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("t", List.of(figure("11.11")));
            backup = store.backupIfDue(LocalDateTime.now()).orElseThrow();
            store.saveFigures("t", List.of(figure("22.22")));
        }
        Path kept = Backups.restore(db, backup);
        assertThat(kept).exists();
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.load().figure("A2-03", 2026, 10).orElseThrow().value()).isEqualByComparingTo("11.11");
        }
        try (CockpitStore before = StoreTestSupport.openEmpty(kept)) {
            assertThat(before.load().figure("A2-03", 2026, 10).orElseThrow().value()).isEqualByComparingTo("22.22");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingIsTouched() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        byte[] before = Files.readAllBytes(Database.normalise(db));
        Path junk = dir.resolve("notes.zip");
        Files.writeString(junk, "not a zip");
        assertThatThrownBy(() -> Backups.restore(db, junk)).isInstanceOf(StoreException.class).hasMessageContaining("不是有效的备份文件");
        assertThatThrownBy(() -> Backups.restore(db, dir.resolve("nosuch.zip"))).hasMessageContaining("备份文件不存在");
        assertThat(Files.readAllBytes(Database.normalise(db))).isEqualTo(before);
    }

    @Test
    void aTruncatedDatabaseGivesAClearMessageAndIsLeftAsItIs() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        Path file = Database.normalise(db);
        byte[] all = Files.readAllBytes(file);
        byte[] half = java.util.Arrays.copyOf(all, 3000);
        Files.write(file, half);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("--restore");
        assertThat(Files.readAllBytes(file)).isEqualTo(half);
    }
}
