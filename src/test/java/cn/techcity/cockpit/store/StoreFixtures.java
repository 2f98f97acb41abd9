package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Target;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Big stores, the workbook that changes them, and the digest that tells two states apart (crash and disk tests). */
final class StoreFixtures {
    static final int FIRST_YEAR = 2014;
    static final int LAST_YEAR = 2025;

    private StoreFixtures() {
    }

    /** Every year's figures, targets, and the tasks, as one digest: two stores are the same state or not. */
    static String fingerprint(CockpitStore store) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        List<MonthlyFigure> figures = new ArrayList<>(store.figures(2000, 2100));
        figures.sort(Comparator.comparing(MonthlyFigure::indicatorCode).thenComparingInt(MonthlyFigure::year)
                .thenComparingInt(MonthlyFigure::month));
        for (MonthlyFigure f : figures) {
            md.update((f.indicatorCode() + f.year() + "/" + f.month() + "=" + plain(f.value()) + "|" + plain(f.reportedGrowth())
                    + "|" + f.note() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Target> targets = new ArrayList<>(store.targets(2000, 2100));
        targets.sort(Comparator.comparing(Target::indicatorCode).thenComparingInt(Target::year));
        for (Target t : targets) {
            md.update((t.indicatorCode() + t.year() + "=" + plain(t.base()) + "|" + plain(t.stretch()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (BattleTask t : store.tasks()) {
            md.update((t.code() + "=" + t.owner() + "|" + t.due() + "|" + t.status() + "|" + t.progressNote() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    /**
     * A store at {@code db} with the document's structure, sample figures, and figures of 2014–2025 for every indicator;
     * and at {@code workbook} the import that changes every one of those figures and targets by one and every task's
     * note (about 9,500 values). Returns the store's digest.
     */
    static String yearsOfFigures(Path db, Path workbook) throws Exception {
        List<Indicator> indicators;
        List<BattleTask> tasks;
        String state;
        try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
            indicators = store.indicators();
            tasks = store.tasks();
            List<MonthlyFigure> figures = new ArrayList<>();
            for (Indicator i : indicators) {
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    for (int m = 1; m <= 12; m++) {
                        figures.add(new MonthlyFigure(i.code(), y, m, BigDecimal.valueOf(m * 10L + y % 100), null, null,
                                Revision.REVISED, "t", Instant.now(), false));
                    }
                }
            }
            StoreTestSupport.insertFigures(store, figures);
            state = fingerprint(store);
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet s = wb.createSheet("月度数据");
            Row h = s.createRow(0);
            String[] head = {"编码", "指标", "单位", "年份", "目标"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int m = 1; m <= 12; m++) {
                h.createCell(head.length + m - 1).setCellValue(m + "月");
            }
            int r = 1;
            for (Indicator i : indicators) {
                if (i.planYearOffset() != 0) {
                    continue;
                }
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(i.code());
                    row.createCell(1).setCellValue(i.name());
                    row.createCell(2).setCellValue(i.unit());
                    row.createCell(3).setCellValue(y);
                    row.createCell(4).setCellValue(1000 + y % 100);
                    for (int m = 1; m <= 12; m++) {
                        row.createCell(head.length + m - 1).setCellValue(m * 10L + y % 100 + 1);
                    }
                }
            }
            Sheet t = wb.createSheet("任务");
            Row th = t.createRow(0);
            th.createCell(0).setCellValue("编码");
            th.createCell(1).setCellValue("进展情况");
            int tr = 1;
            for (BattleTask task : tasks) {
                Row row = t.createRow(tr++);
                row.createCell(0).setCellValue(task.code());
                row.createCell(1).setCellValue("已推进 " + task.code());
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return state;
    }

    /** Copies a store's folder (database, base, state, journal; not the lock) into {@code to}. */
    static Path copyFolder(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
