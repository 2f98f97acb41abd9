package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.StructureCheck;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a store of 10 years × 500 indicators × 12 months. The turn of the year (under 2 s), and the start (open +
 * the reporting year's read) and a view's read of another year, against a store of one year with the same structure,
 * measured in the same run; medians of {@code bench.runs}. Run:
 * mvn -B test -Dtest=YearBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class YearBenchmark {
    private static final int INDICATORS = Integer.getInteger("bench.indicators", 500);
    private static final int YEARS = Integer.getInteger("bench.years", 10);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    /** A store whose first reporting year is {@code first}, turned year by year to {@code last}, each year with figures. */
    private static void build(Path db, int first, int last) {
        try (CockpitStore store = CockpitStore.open(db, first, 12)) {
            int have = store.indicators().size();
            List<StructureCheck.Row> rows = new ArrayList<>();
            for (int i = have; i < INDICATORS; i++) {
                rows.add(new StructureCheck.Row("第" + i + "行", new StructureItem(null, StructureKind.INDICATOR, "生成指标" + i,
                        "A" + (1 + i % 5), 0, null, null, "亿元", 2, Direction.AT_LEAST, IndicatorKind.AMOUNT, false, null, null, null)));
            }
            store.saveStructure("bench", rows);
            List<String> codes = store.indicators().stream().map(x -> x.code()).toList();
            for (int y = first; y <= last; y++) {
                List<MonthlyFigure> figures = new ArrayList<>();
                for (String code : codes) {
                    for (int m = 1; m <= 12; m++) {
                        figures.add(new MonthlyFigure(code, y, m, BigDecimal.valueOf(m * 7L + y % 100), null, null,
                                Revision.REVISED, "bench", Instant.now(), false));
                    }
                }
                StoreTestSupport.insertFigures(store, figures);
                if (y < last) {
                    store.startYear("bench", y + 1);
                }
            }
        }
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static long[] time(int runs, Supplier<Object> work) {
        long[] out = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            work.get();
            out[r] = (System.nanoTime() - t0) / 1_000_000;
        }
        return out;
    }

    @Test
    void tenYearsOfFiveHundredIndicators() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-year-bench");
        Path one = dir.resolve("one/cockpit");
        Path ten = dir.resolve("ten/cockpit");
        long b0 = System.nanoTime();
        build(one, 2026, 2026);
        build(ten, 2026 - YEARS + 1, 2026);
        System.out.printf("year-bench built in %d ms: %d indicators; one year, and %d years (%d monthly figures)%n",
                (System.nanoTime() - b0) / 1_000_000, INDICATORS, YEARS, INDICATORS * 12 * YEARS);

        // warm-up of both, then alternating runs
        for (Path db : List.of(one, ten, one, ten)) {
            try (CockpitStore s = CockpitStore.open(db, 2026, 12)) {
                s.load();
            }
        }
        long[] startOne = new long[RUNS];
        long[] startTen = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            startOne[r] = time(1, () -> {
                try (CockpitStore s = CockpitStore.open(one, 2026, 12)) {
                    return s.load();
                }
            })[0];
            startTen[r] = time(1, () -> {
                try (CockpitStore s = CockpitStore.open(ten, 2026, 12)) {
                    return s.load();
                }
            })[0];
        }
        long[] openOne = time(RUNS, () -> {
            CockpitStore s = CockpitStore.open(one, 2026, 12);
            s.close();
            return s;
        });
        long[] openTen = time(RUNS, () -> {
            CockpitStore s = CockpitStore.open(ten, 2026, 12);
            s.close();
            return s;
        });
        long[] readOne;
        long[] readTen;
        long[] readPast;
        try (CockpitStore s1 = CockpitStore.open(one, 2026, 12); CockpitStore s10 = CockpitStore.open(ten, 2026, 12)) {
            time(3, s1::load);
            time(3, s10::load);
            readOne = time(RUNS * 2, s1::load);
            readTen = time(RUNS * 2, s10::load);
            readPast = time(RUNS * 2, () -> s10.load(2020));
            CockpitData past = s10.load(2020);
            if (!past.readOnlyYear() || past.years().stored().size() < YEARS) {
                throw new AssertionError("the store does not hold " + YEARS + " years: " + past.years().stored());
            }
        }
        // the turn, each on a fresh copy of the ten-year store
        long[] turn = new long[RUNS];
        long[] close = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            Path copy = StoreFixtures.copyFolder(ten.getParent(), dir.resolve("turn-" + r)).resolve("cockpit");
            CockpitStore s = CockpitStore.open(copy, 2026, 12);
            long t0 = System.nanoTime();
            s.startYear("bench", 2027);
            turn[r] = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            s.close();
            close[r] = (System.nanoTime() - t1) / 1_000_000;
        }
        System.out.printf("year-bench start (open + read of the reporting year), medians: one year %d ms, %d years %d ms%n",
                median(startOne), YEARS, median(startTen));
        System.out.printf("year-bench of which open and close alone (the file's check grows with its size): one year %d ms,"
                + " %d years %d ms; file sizes %d KB, %d KB%n", median(openOne), YEARS, median(openTen),
                Files.size(one.resolveSibling("cockpit.mv.db")) / 1024, Files.size(ten.resolveSibling("cockpit.mv.db")) / 1024);
        System.out.printf("year-bench read of a year (a view switch / the month picker), medians: one year %d ms, %d years %d ms,"
                + " a past year of %d %d ms%n", median(readOne), YEARS, median(readTen), YEARS, median(readPast));
        System.out.printf("year-bench turn of the year (the save), median %d ms (runs %s); the close after it (new safe copy)"
                + " %d ms%n", median(turn), Arrays.toString(turn), median(close));
        String keep = System.getProperty("bench.keep");
        if (keep != null) {
            // for the window's start-up measured on both stores (.ci/startup-benchmark --db …)
            StoreFixtures.copyFolder(one.getParent(), Path.of(keep, "one"));
            StoreFixtures.copyFolder(ten.getParent(), Path.of(keep, "ten"));
            System.out.println("year-bench kept the stores in " + keep);
        }
        StoreFixtures.deleteTree(dir);
    }
}
