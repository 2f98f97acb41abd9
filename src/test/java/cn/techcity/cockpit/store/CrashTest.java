package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.io.excel.ExcelImport;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.io.excel.Imports;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills at random moments of the big writes (issue 13): a workbook import of about 9,500 values (killed anywhere, and
 * often while its transaction commits), the first start (while the new database is created and seeded), and a
 * restore. Every reopen must find the whole old state or the whole new one (compared over every year's figures,
 * targets and tasks), an acknowledged import must be there, and a following import must work. CI runs a few rounds of
 * each; {@code -Dcrash.rounds=N} for the longer run of docs/reliability.md.
 */
class CrashTest {
    static final int ROUNDS = Integer.getInteger("crash.rounds", 6);

    @TempDir
    static Path shared;
    static Path seed;
    static Path workbook;
    static String oldState;
    static String newState;
    static long importMillis;

    // ---- the child: one big write, reporting where it is ----

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "import" -> {
                try (CockpitStore store = CockpitStore.open(Path.of(args[1]), 2026, 10)) {
                    ImportPlan plan = Imports.read(Path.of(args[2]), store);
                    if (!plan.valid()) {
                        System.out.println("INVALID " + plan.report());
                        return;
                    }
                    say("SAVING");
                    Imports.apply(store, "crash-test", plan);
                    say("SAVED");
                }
                say("CLOSED");
            }
            case "first" -> {
                say("START");
                try (CockpitStore store = CockpitStore.open(Path.of(args[1]), 2026, 10)) {
                    say("SAVED");
                }
                say("CLOSED");
            }
            case "turn" -> {
                try (CockpitStore store = CockpitStore.open(Path.of(args[1]), 2026, 10)) {
                    int year = store.reportingYear() + 1;
                    say("START");
                    store.startYear("crash-test", year);
                    say("SAVED");
                }
                say("CLOSED");
            }
            case "restore" -> {
                say("START");
                Backups.restore(Path.of(args[1]), Path.of(args[2]));
                say("SAVED");
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void say(String what) {
        System.out.println(what);
        System.out.flush();
    }

    @BeforeAll
    static void prepare() throws Exception {
        seed = Files.createDirectory(shared.resolve("seed"));
        workbook = shared.resolve("all-years.xlsx");
        oldState = StoreFixtures.yearsOfFigures(seed.resolve("cockpit"), workbook);
        Path probe = copyOfSeed("probe");
        long t0 = System.nanoTime();
        try (CockpitStore store = CockpitStore.open(probe.resolve("cockpit"), 2026, 10)) {
            ImportPlan plan = Imports.read(workbook, store);
            assertThat(plan.valid()).as(plan.report()).isTrue();
            assertThat(plan.changes().size()).as("values the import changes").isGreaterThan(9_000);
            Imports.apply(store, "crash-test", plan);
            newState = StoreFixtures.fingerprint(store);
        }
        importMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(newState).isNotEqualTo(oldState);
    }

    static Path copyOfSeed(String name) throws Exception {
        return StoreFixtures.copyFolder(seed, Files.createDirectory(shared.resolve(name)));
    }

    /**
     * A child JVM running {@link #main} with {@code args}, killed {@code killAt} ms after it says {@code from} (after
     * its start when null); returns what it said.
     */
    static List<String> runAndKill(String from, long killAt, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CrashTest.class.getName()));
        cmd.addAll(List.of(args));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = java.util.Collections.synchronizedList(new ArrayList<>());
        Object signal = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    said.add(line);
                    synchronized (signal) {
                        signal.notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child died
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 120_000;
        synchronized (signal) {
            while (from != null && !said.contains(from) && child.isAlive() && System.currentTimeMillis() < deadline) {
                signal.wait(5);
            }
        }
        Thread.sleep(killAt);
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        return new ArrayList<>(said);
    }

    @Test
    void anImportKilledAtAnyMomentLeavesTheOldStateOrTheNew() throws Exception {
        Random random = new Random(13);
        int olds = 0;
        int news = 0;
        int inSave = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = copyOfSeed("import-" + round);
            Path db = dir.resolve("cockpit");
            // half the kills anywhere in the run, half while the import saves (its transaction, commit and journal)
            boolean duringSave = round % 2 == 1;
            long killAt = duringSave ? random.nextLong(importMillis + 200) : random.nextLong(importMillis * 2 + 1500);
            List<String> said = runAndKill(duringSave ? "SAVING" : null, killAt, "import", db.toString(), workbook.toString());
            if (!said.isEmpty() && said.get(said.size() - 1).equals("SAVING")) {
                inSave++;       // killed inside the save: its transaction, commit or journal line
            }
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                String state = StoreFixtures.fingerprint(store);
                assertThat(state).as("round %d (%s): the old state or the new, never a mix", round, said).isIn(oldState, newState);
                if (said.contains("SAVED")) {
                    assertThat(state).as("round %d: an acknowledged import is there", round).isEqualTo(newState);
                }
                if (state.equals(newState)) {
                    news++;
                } else {
                    olds++;
                }
                // the store works on: a following import applies whole
                ImportPlan plan = Imports.read(workbook, store);
                assertThat(plan.valid()).as(plan.report()).isTrue();
                Imports.apply(store, "crash-test", plan);
                assertThat(StoreFixtures.fingerprint(store)).isEqualTo(newState);
            }
            deleteTree(dir);
        }
        System.out.println("crash-test import kills=" + ROUNDS + " (" + inSave + " inside the save) old=" + olds + " new=" + news
                + " mixed=0 import-ms=" + importMillis);
    }

    @Test
    void aFirstStartKilledAtAnyMomentLeavesNoDatabaseOrAWholeOne() throws Exception {
        Random random = new Random(7);
        Path reference = Files.createDirectory(shared.resolve("reference"));
        int rows;
        try (CockpitStore store = CockpitStore.open(reference.resolve("cockpit"), 2026, 10)) {
            rows = store.figures(2000, 2100).size() + store.targets(2000, 2100).size() + store.tasks().size()
                    + store.indicators().size();
        }
        int none = 0;
        int whole = 0;
        for (int round = 0; round < ROUNDS * 2; round++) {
            Path dir = Files.createDirectory(shared.resolve("first-" + round));
            Path db = dir.resolve("cockpit");
            List<String> said = runAndKill("START", random.nextLong(2500), "first", db.toString());
            boolean existed = Files.exists(Database.normalise(db));
            if (existed) {
                whole++;
            } else {
                none++;
                assertThat(said).as("round %d: a first start that said it was done left its database", round).doesNotContain("SAVED");
            }
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                assertThat(store.isSeeded()).isTrue();
                assertThat(store.figures(2000, 2100).size() + store.targets(2000, 2100).size() + store.tasks().size()
                        + store.indicators().size()).as("round %d: complete", round).isEqualTo(rows);
            }
            deleteTree(dir);
        }
        System.out.println("crash-test first-start kills=" + ROUNDS * 2 + " no-database=" + none + " whole=" + whole + " damaged=0");
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesTheOldDatabaseOrTheRestoredOne() throws Exception {
        Random random = new Random(11);
        int olds = 0;
        int restored = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = copyOfSeed("restore-" + round);
            Path db = dir.resolve("cockpit");
            Path backup;
            String before;
            String current;
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                before = StoreFixtures.fingerprint(store);
                backup = store.backupIfDue(LocalDateTime.of(2026, 11, 1, 8, 0)).orElseThrow();
                store.updateTaskStatus("张三", "B1-T01", TaskStatus.IN_PROGRESS, "启动 " + round);
                current = StoreFixtures.fingerprint(store);
            }
            List<String> said = runAndKill("START", random.nextLong(1500), "restore", db.toString(), backup.toString());
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                String state = StoreFixtures.fingerprint(store);
                assertThat(state).as("round %d (%s): the old database or the backup, never none", round, said).isIn(before, current);
                if (said.contains("SAVED")) {
                    assertThat(state).as("round %d: a restore that said done", round).isEqualTo(before);
                }
                if (state.equals(before)) {
                    restored++;
                } else {
                    olds++;
                }
            }
            deleteTree(dir);
        }
        System.out.println("crash-test restore kills=" + ROUNDS + " old=" + olds + " restored=" + restored + " lost=0");
    }

    /** The turn of the year (issue 15), killed at any moment: the store before the turn or after it, never between. */
    @Test
    void aTurnOfTheYearKilledAtAnyMomentLeavesTheYearBeforeOrAfter() throws Exception {
        Random random = new Random(15);
        int before = 0;
        int after = 0;
        for (int round = 0; round < ROUNDS * 2; round++) {
            Path dir = copyOfSeed("turn-" + round);
            Path db = dir.resolve("cockpit");
            String old;
            int year;
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                year = store.reportingYear();
                old = StoreFixtures.fingerprint(store) + " year=" + year + " closed=" + store.closedYears();
            }
            List<String> said = runAndKill(round % 3 == 0 ? null : "START", random.nextLong(round % 3 == 0 ? 2500 : 80),
                    "turn", db.toString());
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                String figures = StoreFixtures.fingerprint(store);
                int now = store.reportingYear();
                List<Integer> closed = store.closedYears();
                assertThat(figures).as("round %d (%s): no figure changes with the turn", round, said)
                        .isEqualTo(old.substring(0, old.indexOf(" year=")));
                assertThat(now + " " + closed).as("round %d (%s)", round, said)
                        .isIn(year + " []", (year + 1) + " [" + year + "]");
                if (said.contains("SAVED")) {
                    assertThat(now).as("round %d: an acknowledged turn", round).isEqualTo(year + 1);
                }
                if (now == year) {
                    before++;
                    store.startYear("张三", year + 1);     // a following turn works
                    assertThat(store.reportingYear()).isEqualTo(year + 1);
                } else {
                    after++;
                }
            }
            deleteTree(dir);
        }
        System.out.println("crash-test turn kills=" + ROUNDS * 2 + " before=" + before + " after=" + after + " between=0");
    }

    static void deleteTree(Path dir) throws Exception {
        StoreFixtures.deleteTree(dir);
    }
}
