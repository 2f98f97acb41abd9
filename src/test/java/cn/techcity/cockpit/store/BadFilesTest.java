package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never silently older (issue 13): a database file that is cut short, empty, header-only, older than what this PC
 * acknowledged, or a folder, is refused with a message and left byte for byte as it was.
 */
class BadFilesTest {
    @TempDir
    Path dir;

    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A store with several years of figures (a file of a few MB), closed cleanly after an acknowledged save. */
    private Path bigStore() {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            List<MonthlyFigure> figures = new ArrayList<>();
            for (Indicator i : store.indicators()) {
                for (int y = 2018; y <= 2025; y++) {
                    for (int m = 1; m <= 12; m++) {
                        figures.add(new MonthlyFigure(i.code(), y, m, BigDecimal.valueOf(y * 100L + m), null, "备注" + m,
                                Revision.REVISED, "t", Instant.now(), false));
                    }
                }
            }
            store.insertFigures(figures);
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, null,
                    Revision.PROVISIONAL, "张三", Instant.now(), false)));
        }
        return Database.normalise(db);
    }

    @Test
    void aFileCutShortAfterAnAcknowledgedSaveIsRefusedAndLeftAsItIs() throws Exception {
        Path file = bigStore();
        Path whole = dir.resolve("whole.bin");
        Files.copy(file, whole);
        byte[] all = Files.readAllBytes(whole);
        int refused = 0;
        for (int percent = 10; percent <= 90; percent += 10) {
            byte[] cut = java.util.Arrays.copyOf(all, all.length * percent / 100);
            Files.write(file, cut);
            String before = sha(file);
            int p = percent;
            try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
                // H2 keeps older chunks at the file's end: a cut that lost none of the live pages still holds every
                // acknowledged figure (all rows were read before it was taken). Anything less is refused.
                assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).as("cut to %d %%", p)
                        .isEqualByComparingTo("12.34");
                assertThat(store.figures(2018, 2025)).as("cut to %d %%", p).hasSize(store.indicators().size() * 8 * 12);
            } catch (StoreException e) {
                refused++;
                assertThat(e.getMessage()).as("cut to %d %%", p).contains(file.toString()).contains("--restore")
                        .containsAnyOf("旧", "不是驾驶舱可读");
                assertThat(sha(file)).as("cut to %d %%: unchanged", p).isEqualTo(before);
            }
            Files.copy(whole, file, StandardCopyOption.REPLACE_EXISTING);
            // the state file now describes the whole file again only if the cut one was refused; put it back as it was
            try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
                store.load();
            }
            Files.copy(file, whole, StandardCopyOption.REPLACE_EXISTING);
            all = Files.readAllBytes(whole);
        }
        System.out.println("cut files refused " + refused + " of 9");
        assertThat(refused).as("most cuts lose live pages").isGreaterThanOrEqualTo(5);
        Files.copy(whole, file, StandardCopyOption.REPLACE_EXISTING);
        try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
            assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
        }
    }

    @Test
    void anOlderCopyPutBackIsRefusedAndRestoreTakesItOnPurpose() throws Exception {
        Path db = dir.resolve("cockpit");
        Path file = Database.normalise(db);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        Path older = dir.resolve("older.mv.db");
        Files.copy(file, older);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, null,
                    Revision.PROVISIONAL, "张三", Instant.now(), false)));
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        String before = sha(file);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("比本机最后确认保存的数据旧").hasMessageContaining("--restore");
        assertThat(sha(file)).isEqualTo(before);

        Path kept = Backups.restore(db, older);
        assertThat(kept).exists();
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.load().figure("A2-03", 2026, 11)).as("the older file, taken on purpose").isEmpty();
        }
    }

    @Test
    void anEmptyOrHeaderOnlyFileIsNeverReplacedByANewDatabase() throws Exception {
        Path db = dir.resolve("cockpit");
        Path file = Database.normalise(db);
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("数据库文件是空的").hasMessageContaining(file.toString());
        assertThat(Files.size(file)).isZero();

        // an H2 file with no cockpit tables (what a first start of an earlier version left when it was killed)
        try (var c = java.sql.DriverManager.getConnection(Database.url(file), "sa", "")) {
            c.createStatement().execute("CREATE TABLE meta (meta_key VARCHAR(64) PRIMARY KEY, meta_value VARCHAR(1000) NOT NULL)");
        }
        String bare = sha(file);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("文件中没有驾驶舱的数据");
        assertThat(sha(file)).isEqualTo(bare);

        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(file), 8192);
        Files.write(file, header);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("文件中没有驾驶舱的数据", "不是驾驶舱可读"));
        assertThat(Files.readAllBytes(file)).isEqualTo(header);
    }

    @Test
    void aFolderGivenAsTheDatabaseIsRefusedAndNothingIsCreatedBesideIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data"));
        assertThatThrownBy(() -> CockpitStore.open(folder, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("--db 指向的是文件夹").hasMessageContaining(folder.toString());
        assertThat(dir.resolve("data.mv.db")).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(folder);
        }
        try (var s = Files.list(folder)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void theDatabaseFileMissingAfterSavesIsRebuiltFromItsSafeCopy() throws Exception {
        Path db = dir.resolve("cockpit");
        Path file = Database.normalise(db);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, null,
                    Revision.PROVISIONAL, "张三", Instant.now(), false)));
        }
        Files.delete(file);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).as("not a new sample database")
                    .isEqualByComparingTo("12.34");
        }
        Files.delete(file);
        Files.delete(dir.resolve("cockpit.base"));
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("数据库文件不见了");
        assertThat(file).doesNotExist();
    }

    @Test
    void aSecondCockpitOnTheSameFileIsRefusedBeforeItTouchesAnything() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("正被另一个程序使用");
            assertThatThrownBy(() -> Backups.restore(db, dir.resolve("cockpit.base"))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("正被另一个程序使用");
            store.load();
        }
    }
}
