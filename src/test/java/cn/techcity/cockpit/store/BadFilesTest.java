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
            StoreTestSupport.insertFigures(store, figures);
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
                        .containsAnyOf("旧", "不是驾驶舱可读")
                        .as("the way out: the safe copy holds the last clean close").contains("--restore " + dir.resolve("cockpit.base"));
                assertThat(sha(file)).as("cut to %d %%: unchanged", p).isEqualTo(before);
                if (percent == 50) {
                    Backups.restore(file, dir.resolve("cockpit.base"));
                    try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
                        assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).as("back from the safe copy")
                                .isEqualByComparingTo("12.34");
                    }
                }
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

    @Test
    void aDamagedLineInTheJournalIsRefusedNotSkipped() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        for (int m = 1; m <= 3; m++) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2025, m, new BigDecimal(m), null, null, Revision.PROVISIONAL,
                    "张三", Instant.now(), false)));
        }
        store.abandon();
        Path journal = dir.resolve("cockpit.journal");
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(3);
        String middle = lines.get(1);
        int at = middle.indexOf(' ', middle.indexOf(' ', middle.indexOf(' ') + 1) + 1) + 5;   // inside the payload
        lines.set(1, middle.substring(0, at) + (middle.charAt(at) == 'A' ? 'B' : 'A') + middle.substring(at + 1));
        Files.write(journal, lines);
        String before = sha(Database.normalise(db));
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("保存日志").hasMessageContaining("第 2 行已损坏").hasMessageContaining("--restore");
        assertThat(sha(Database.normalise(db))).isEqualTo(before);
    }

    @Test
    void aJournalRemovedByHandIsFoundOutWhenTheFileIsAhead() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        for (int m = 1; m <= 3; m++) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2025, m, new BigDecimal(m), null, null, Revision.PROVISIONAL,
                    "张三", Instant.now(), false)));
        }
        store.abandon();
        Files.delete(dir.resolve("cockpit.journal"));
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("保存日志缺少已确认的保存");
        Backups.restore(db, Database.normalise(db));    // the way out the message gives: take the file H2 left
        try (CockpitStore reopened = CockpitStore.open(db, 2026, 10)) {
            assertThat(reopened.load().figure("A2-03", 2025, 3).orElseThrow().value()).isEqualByComparingTo("3");
        }
    }

    @Test
    void theDatabaseAndItsStateRemovedDoNotMakeANewSampleDatabaseOverTheSafeCopy() throws Exception {
        Path db = dir.resolve("cockpit");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, null,
                Revision.PROVISIONAL, "张三", Instant.now(), false)));
        store.abandon();
        Files.delete(Database.normalise(db));
        Files.delete(dir.resolve("cockpit.state"));
        try (CockpitStore reopened = CockpitStore.open(db, 2026, 10)) {
            assertThat(reopened.createdOnOpen()).isFalse();
            assertThat(reopened.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
        }
    }

    @Test
    void damagedBytesAreReadBackWholeOrRefusedWithTheClerksMessage() throws Exception {
        Path file = bigStore();
        byte[] whole = Files.readAllBytes(file);
        java.util.Random random = new java.util.Random(5);
        int refused = 0;
        for (int round = 0; round < 12; round++) {
            byte[] damaged = whole.clone();
            int at = 8192 + random.nextInt(damaged.length - 8192 - 16);
            for (int i = 0; i < 16; i++) {
                damaged[at + i] = (byte) 0xff;
            }
            Files.write(file, damaged);
            try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
                assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
                assertThat(store.figures(2018, 2025)).hasSize(store.indicators().size() * 8 * 12);
            } catch (StoreException e) {
                refused++;
                assertThat(e.getMessage()).as("offset %d", at).doesNotContain("H2 错误").contains("--restore");
            }
            Files.write(file, whole);
            try (CockpitStore store = CockpitStore.open(file, 2026, 10)) {
                store.load();
            }
            whole = Files.readAllBytes(file);
        }
        System.out.println("damaged files refused " + refused + " of 12");
    }

    @Test
    void aReadOnlyFileAFolderInTheWayAndAWorkbookAsTheDatabaseAreRefusedWithWhy() throws Exception {
        Path db = dir.resolve("cockpit");
        Path file = Database.normalise(db);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.load();
        }
        file.toFile().setWritable(false);
        try {
            assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("数据库文件是只读的").hasMessageContaining(file.toString());
        } finally {
            file.toFile().setWritable(true);
        }
        Files.delete(dir.resolve("cockpit.lock"));
        Files.createDirectory(dir.resolve("cockpit.lock"));
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("现在却是一个文件夹").hasMessageContaining("cockpit.lock");
        Files.delete(dir.resolve("cockpit.lock"));
        Path book = Files.writeString(dir.resolve("data.xlsx"), "a workbook");
        assertThatThrownBy(() -> CockpitStore.open(book, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("不是驾驶舱的数据库");
        assertThat(dir.resolve("data.xlsx.mv.db")).doesNotExist();
    }

    @Test
    void rowsChangedBehindTheCockpitAtTheSameVersionAreRefusedAndTheSafeCopyTakesTheirPlace() throws Exception {
        Path db = dir.resolve("cockpit");
        Path file = Database.normalise(db);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.saveFigures("张三", List.of(new MonthlyFigure("A2-03", 2026, 11, new BigDecimal("12.34"), null, null,
                    Revision.PROVISIONAL, "张三", Instant.now(), false)));
        }
        // another program changes a figure in the file (no data version moved, no audit row)
        try (var c = java.sql.DriverManager.getConnection(Database.url(file), "sa", "");
             var s = c.createStatement()) {
            s.executeUpdate("UPDATE monthly_figure SET cum_value = 99 WHERE indicator_code = 'A2-03' AND fig_year = 2026 AND fig_month = 11");
        }
        String before = sha(file);
        assertThatThrownBy(() -> CockpitStore.open(db, 2026, 10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("在上次正常关闭后被改动过").hasMessageContaining("--restore " + dir.resolve("cockpit.base"));
        assertThat(sha(file)).isEqualTo(before);
        Backups.restore(db, dir.resolve("cockpit.base"));
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            assertThat(store.load().figure("A2-03", 2026, 11).orElseThrow().value()).isEqualByComparingTo("12.34");
        }
    }
}
