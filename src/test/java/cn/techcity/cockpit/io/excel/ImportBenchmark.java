package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The import of a 10,000-row workbook (issue: under 3 s), medians of several runs, each on a fresh copy of the same
 * database. Two workbooks: the monthly case (months 1..9 as stored, month 10 new: 10,000 changed cells) and the full
 * case (every month new: 120,000 changed cells). The baseline, measured in the same run, is POI alone opening the
 * workbook and reading every cell. Run: mvn -B test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ImportBenchmark {
    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Test
    void importTenThousandRows() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-import-bench");
        Path db = dir.resolve("c");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            store.dataVersion();
        }
        int existing;
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            existing = store.load().indicators().size();
        }
        // the committee's indicators plus generated ones up to ROWS, with months 1..9 stored for the generated ones
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO indicator (code, section_code, ord, name, unit, mask,"
                    + " decimals, direction, kind, headline, plan_year_offset) VALUES (?, ?, ?, ?, '亿元', 'xx.xx', 2, 'AT_LEAST',"
                    + " 'AMOUNT', FALSE, 0)")) {
                for (int i = existing; i < ROWS; i++) {
                    String section = "A" + (1 + i % 5);
                    p.setString(1, String.format("X-%05d", i));
                    p.setString(2, section);
                    p.setInt(3, 100 + i);
                    p.setString(4, "生成指标" + i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        // written behind the store's back (a tool building a big store): take the file as a new one, not as a damaged one
        for (String side : new String[] {"c.state", "c.base", "c.journal"}) {
            Files.deleteIfExists(dir.resolve(side));
        }
        Path monthly = dir.resolve("monthly.xlsx");
        Path full = dir.resolve("full.xlsx");
        Path base = dir.resolve("base.mv.db");
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            CockpitData d = store.load();
            // the full workbook: every month of every generated row filled, nothing stored for them
            ExcelExport.write(d, full);
            fill(full, 1, 12);
        }
        Files.copy(dir.resolve("c.mv.db"), base, StandardCopyOption.REPLACE_EXISTING);
        // the monthly workbook: months 1..9 stored (applied once from the full one), month 10 new
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            ExcelExport.write(store.load(), monthly);
            fill(monthly, 1, 9);
            Imports.apply(store, "bench", Imports.read(monthly, store));
        }
        Path withNine = dir.resolve("nine.mv.db");
        Files.copy(dir.resolve("c.mv.db"), withNine, StandardCopyOption.REPLACE_EXISTING);
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            ExcelExport.write(store.load(), monthly);
        }
        fill(monthly, 10, 10);

        List<Long> poi = new ArrayList<>();
        List<Long> monthlyMs = new ArrayList<>();
        List<Long> fullMs = new ArrayList<>();
        int[] changed = new int[2];
        for (int run = 0; run < RUNS; run++) {
            poi.add(timePoi(full));
            fresh(dir, withNine);
            monthlyMs.add(timeImport(db, monthly, changed, 0));
            fresh(dir, base);
            fullMs.add(timeImport(db, full, changed, 1));
        }
        System.out.printf("import-benchmark rows=%d runs=%d%n", ROWS, RUNS);
        System.out.printf("  baseline: POI opens the workbook and reads every cell: median %d ms %s%n", median(poi), poi);
        System.out.printf("  monthly import (read, check, plan, save; %,d values changed): median %d ms %s%n", changed[0],
                median(monthlyMs), monthlyMs);
        System.out.printf("  full import (%,d values changed): median %d ms %s%n", changed[1], median(fullMs), fullMs);
        System.out.printf("  file sizes: monthly %,d bytes, full %,d bytes%n", Files.size(monthly), Files.size(full));
    }

    /**
     * A fresh copy of a database file, as a clerk would bring one: without the protocol's files of the one before
     * (else the older copy is refused, ADR 0010). Its first open (not timed) takes it and makes its safe copy.
     */
    private static void fresh(Path dir, Path copy) throws Exception {
        Files.copy(copy, dir.resolve("c.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        for (String side : new String[] {"c.state", "c.base", "c.journal"}) {
            Files.deleteIfExists(dir.resolve(side));
        }
    }

    /** Writes a value into months {@code from..to} of every generated row. */
    private static void fill(Path book, int from, int to) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet(Layout.FIGURES);
        for (Row r : s) {
            Cell code = r.getCell(0);
            if (code == null || !code.getStringCellValue().startsWith("X-")) {
                continue;
            }
            int n = Integer.parseInt(code.getStringCellValue().substring(2));
            for (int m = from; m <= to; m++) {
                r.getCell(5 + m).setCellValue((n % 97 + 1) * m + 0.25 * (m % 4));
            }
        }
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
    }

    private static long timePoi(Path book) throws Exception {
        long t0 = System.nanoTime();
        long cells = 0;
        try (Workbook wb = WorkbookFactory.create(book.toFile(), null, true)) {
            for (Row r : wb.getSheet(Layout.FIGURES)) {
                for (Cell c : r) {
                    cells += c.getCellType().ordinal();
                }
            }
        }
        if (cells < 0) {
            throw new AssertionError();
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Load, read, check, plan (as the command line does: with the check against values saved since the export) and
     * save; the close after it (the new safe copy, ADR 0010) is printed apart.
     */
    private static long timeImport(Path db, Path book, int[] changed, int slot) {
        long t3;
        long total;
        CockpitStore store = CockpitStore.open(db, 2026, 10);
        try {
            long t0 = System.nanoTime();
            long t1 = t0;
            ImportPlan plan = Imports.read(book, store, "bench");   // loads the store's data itself
            long t2 = System.nanoTime();
            if (!plan.valid()) {
                throw new AssertionError(plan.report().lines().limit(5).toList());
            }
            changed[slot] = Imports.apply(store, "bench", plan);
            t3 = System.nanoTime();
            System.out.printf("    load+read+check+plan %d ms, save %d ms", (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            total = (t3 - t0) / 1_000_000;
        } finally {
            store.close();
        }
        System.out.printf(", close (safe copy) %d ms%n", (System.nanoTime() - t3) / 1_000_000);
        return total;
    }

    private static long median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
