package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CellCheck;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.StructureCheck;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.NumberInput;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.io.excel.ImportPlan.Change;
import cn.techcity.cockpit.io.excel.ImportPlan.Problem;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.TargetEdit;
import cn.techcity.cockpit.store.TaskEdit;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.Text;
import cn.techcity.cockpit.domain.TextRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.techcity.cockpit.io.FileException;
import org.apache.poi.EncryptedDocumentException;
import cn.techcity.cockpit.io.excel.Grid.GridCell;
import cn.techcity.cockpit.io.excel.Grid.GridSheet;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a workbook the export wrote, or one a department filled in, and plans the import: rows are matched by
 * indicator code, else by exact name; every cell is checked first; any problem (sheet, row, column, value, why) means
 * nothing is written. An empty cell never clears a stored value. {@link #apply} writes a valid plan in one transaction.
 */
public final class ExcelImport {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private ExcelImport() {
    }

    /**
     * Plans the import of {@code file}. {@code current} is the store's data for its reporting year; {@code loader}
     * gives it as of another year (figures of that year, the one before and the one after, with their versions), and
     * is called only for the years the workbook touches.
     */
    public static ImportPlan read(Path file, CockpitData current, IntFunction<CockpitData> loader) {
        return read(file, current, loader, null);
    }

    /**
     * As above; {@code changesSince} gives the values saved after a moment (the store's audit), so that a workbook
     * exported before another clerk's save does not undo it: such a cell is a conflict, shown with both values.
     */
    public static ImportPlan read(Path file, CockpitData current, IntFunction<CockpitData> loader,
                                  Function<Instant, Map<String, AuditEntry>> changesSince) {
        if (!Files.isRegularFile(file)) {
            return ImportPlan.failed(new Problem(file.getFileName().toString(), 0, null, null, null,
                    Text.of("imp.no-file", file.toString())));
        }
        String name = file.getFileName().toString();
        try {
            return new Reader(Grid.read(file.toFile()), current, loader, changesSince).plan();
        } catch (Grid.TooLarge e) {
            return ImportPlan.failed(new Problem(name, 0, null, null, null, Text.of("imp.too-large",
                    Integer.toString(Grid.maxCells()))));
        } catch (OutOfMemoryError e) {
            return ImportPlan.failed(new Problem(name, 0, null, null, null, Text.of("imp.out-of-memory")));
        } catch (EncryptedDocumentException e) {
            return ImportPlan.failed(new Problem(name, 0, null, null, null,
                    Text.of("imp.password")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileException) {
                throw (FileException) e;
            }
            return ImportPlan.failed(new Problem(name, 0, null, null, null,
                    Text.of("imp.not-a-workbook")));
        }
    }

    private static final class Reader {
        private final Grid wb;
        private final IntFunction<CockpitData> loader;
        private final Map<Integer, CockpitData> loaded = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Text> warnings = new ArrayList<>();
        private final List<Text> notes = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();
        private final List<FigureEdit> figureEdits = new ArrayList<>();
        private final List<TargetEdit> targetEdits = new ArrayList<>();
        private final List<TaskEdit> taskEdits = new ArrayList<>();
        private final List<StructureCheck.Row> structureRows = new ArrayList<>();
        private final Map<String, Integer> rowOfLabel = new HashMap<>();
        private final CockpitData current;
        /** The heading of each column of the sheet being read, for the messages. */
        private final Map<Integer, String> headingOf = new HashMap<>();
        private final Map<String, Indicator> byName = new HashMap<>();
        private final Function<Instant, Map<String, AuditEntry>> changesSince;
        /** The values saved since the workbook was exported (empty when it does not say when, or no store is asked). */
        private Map<String, AuditEntry> savedSince = Map.of();
        private Instant exportedAt;

        Reader(Grid wb, CockpitData current, IntFunction<CockpitData> loader, Function<Instant, Map<String, AuditEntry>> changesSince) {
            this.wb = wb;
            this.current = current;
            this.loader = loader;
            this.changesSince = changesSince;
        }

        /** When the export wrote the workbook (its hidden sheet); then what was saved since is asked once. */
        private void exportInfo() {
            GridSheet info = wb.sheets.get(Layout.EXPORT_INFO);
            if (info == null) {
                return;
            }
            GridCell at = info.cell(0, 1);
            try {
                exportedAt = at == null ? null : Instant.parse(text(at));
            } catch (DateTimeParseException e) {
                exportedAt = null;
            }
            if (exportedAt != null && changesSince != null) {
                savedSince = changesSince.apply(exportedAt);
            }
        }

        /**
         * True (with the problem recorded) when the value the workbook changes was saved by someone after the export:
         * importing it would undo that save without anyone seeing it.
         */
        private boolean savedSinceExport(String sheet, int excelRow, Integer col, String what, String workbookValue, String entity,
                                         String key, String field) {
            AuditEntry a = savedSince.get(entity + "|" + key + "|" + field);
            if (a == null) {
                return false;
            }
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            String when = a.at().atZone(ZoneId.systemDefault()).format(f);
            problems.add(new Problem(sheet, excelRow, col == null ? null : Layout.column(col), what, workbookValue,
                    Text.of("imp.saved-since", exportedAt.atZone(ZoneId.systemDefault()).format(f), a.who(), when,
                            a.newValue() == null ? Text.of("imp.empty") : a.newValue())));
            return true;
        }

        private CockpitData data(int year) {
            return loaded.computeIfAbsent(year, loader::apply);
        }

        ImportPlan plan() {
            loaded.put(current.year(), current);
            exportInfo();
            GridSheet figures = findSheet(Layout.FIGURES, Layout.NAME, Layout.CODE);
            GridSheet tasks = wb.sheets.get(Layout.TASKS);
            GridSheet structure = wb.sheets.get(Layout.STRUCTURE);
            if (figures == structure) {
                figures = null;
            }
            if (structure != null) {
                readStructure(structure);
            }
            if (figures == null && tasks == null && structure == null) {
                List<String> names = new ArrayList<>(wb.sheets.keySet());
                problems.add(new Problem(Layout.FIGURES, 0, null, null, null, Text.of("imp.no-sheet", Layout.FIGURES, Layout.TASKS,
                        String.join(", ", names))));
            }
            if (figures != null) {
                readFigures(figures);
            }
            if (tasks != null && tasks != figures) {
                readTasks(tasks);
            }
            GridSheet targets = wb.sheets.get(Layout.TARGETS);
            if (targets != null && targets != figures) {
                notes.add(Text.of("imp.targets-read-only", Layout.TARGETS, Layout.FIGURES));
            }
            // a sheet with the headings of one the import reads, under another name (a renamed 任务 sheet): its data
            // would be left out without a word
            for (GridSheet other : wb.sheets.values()) {
                if (other == figures || other == tasks || other == targets || other == structure
                        || other.name.equals(Layout.EXPORT_INFO)) {
                    continue;
                }
                if (headerRow(other, Layout.S_KIND) >= 0 && headerRow(other, Layout.S_NAME) >= 0) {
                    problems.add(new Problem(other.name, 0, null, null, null, Text.of("imp.renamed-structure", Layout.STRUCTURE)));
                } else if (headerRow(other, Layout.TASK_OWNER, Layout.TASK_DUE, Layout.TASK_NOTE) >= 0) {
                    problems.add(new Problem(other.name, 0, null, null, null, Text.of("imp.renamed-tasks", Layout.TASKS)));
                } else if (headerRow(other, Layout.CODE, Layout.NAME) >= 0 && figures != null) {
                    problems.add(new Problem(other.name, 0, null, null, null, Text.of("imp.second-figures", figures.name)));
                }
            }
            problems.sort(java.util.Comparator.comparing(Problem::sheet).thenComparingInt(Problem::row));
            if (!problems.isEmpty()) {
                return new ImportPlan(problems, warnings, notes, List.of(), List.of(), List.of(), List.of());
            }
            return new ImportPlan(problems, warnings, notes, changes, figureEdits, targetEdits, taskEdits, structureRows);
        }

        /**
         * 结构: renames, new rows (empty 编码), order, 在用/停用 and the fields of each kind; checked whole as the
         * 结构维护 screen and the store check it (issue 15), every problem with its row.
         */
        private void readStructure(GridSheet s) {
            String sheet = s.name;
            int headerRow = header(s, Layout.CODE, Layout.S_NAME);
            if (headerRow < 0) {
                return;
            }
            Map<String, Integer> cols = headings(s, headerRow);
            List<String> missing = new ArrayList<>();
            for (String must : List.of(Layout.CODE, Layout.S_KIND, Layout.S_NAME, Layout.S_PARENT, Layout.S_STATUS)) {
                if (!cols.containsKey(must)) {
                    missing.add(must);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new Problem(sheet, headerRow + 1, null, null, null,
                        Text.of("imp.structure-columns", String.join("、", missing))));
                return;
            }
            if (mergedCells(s, headerRow)) {
                return;
            }
            Map<String, StructureItem> byCode = new HashMap<>();
            current.structure().forEach(i -> byCode.put(i.code(), i));
            Map<String, Integer> seenCodes = new HashMap<>();
            for (var entry : s.rows.tailMap(headerRow, false).entrySet()) {
                Map<Integer, GridCell> row = entry.getValue();
                if (blank(row)) {
                    continue;
                }
                int excelRow = entry.getKey() + 1;
                if (cellsWithoutMeaning(sheet, row, excelRow)) {
                    continue;
                }
                int before = problems.size();
                String codeText = text(row.get(cols.get(Layout.CODE)));
                if (!codeText.isEmpty()) {
                    Integer first = seenCodes.putIfAbsent(codeText, excelRow);
                    if (first != null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.CODE)), Layout.CODE, codeText,
                                Text.of("struct.duplicate-code", codeText, Text.of("imp.at-row", Integer.toString(first)))));
                        continue;
                    }
                }
                String kindText = text(row.get(cols.get(Layout.S_KIND)));
                StructureKind kind = StructureKind.parse(kindText).orElse(null);
                if (kind == null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.S_KIND)), Layout.S_KIND, kindText,
                            Text.of("imp.structure-kind")));
                    continue;
                }
                StructureItem old = codeText.isEmpty() ? null : byCode.get(codeText);
                if (old != null && old.kind() != kind) {
                    old = null;     // the check names it (a code of another kind)
                }
                String statusText = text(row.get(cols.get(Layout.S_STATUS)));
                boolean retired;
                if (statusText.isEmpty() || statusText.equals(Layout.IN_USE)) {
                    retired = false;
                } else if (statusText.equals(Layout.RETIRED)) {
                    retired = true;
                } else {
                    problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.S_STATUS)), Layout.S_STATUS,
                            statusText, Text.of("imp.structure-status")));
                    continue;
                }
                String parentText = text(row.get(cols.get(Layout.S_PARENT)));
                String unit = optional(row, cols, Layout.UNIT, old == null ? null : old.unit());
                Integer ord = wholeNumber(sheet, row, cols.get(Layout.S_ORD), excelRow, old == null ? 0 : old.ord());
                Integer decimals = wholeNumber(sheet, row, cols.get(Layout.S_DECIMALS), excelRow, old == null ? null : old.decimals());
                Integer month = wholeNumber(sheet, row, cols.get(Layout.S_MONTH), excelRow, old == null ? null : old.month());
                String dirText = optional(row, cols, Layout.S_DIRECTION, null);
                Direction direction = old == null ? null : old.direction();
                if (dirText != null && !dirText.isEmpty()) {
                    direction = Layout.directionOf(dirText).orElse(null);
                    if (direction == null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.S_DIRECTION)), Layout.S_DIRECTION,
                                dirText, Text.of("struct.no-direction")));
                    }
                }
                String kindWord = optional(row, cols, Layout.S_INDICATOR_KIND, null);
                IndicatorKind indicatorKind = old == null ? null : old.indicatorKind();
                if (kindWord != null && !kindWord.isEmpty()) {
                    indicatorKind = Layout.kindOf(kindWord).orElse(null);
                    if (indicatorKind == null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.S_INDICATOR_KIND)),
                                Layout.S_INDICATOR_KIND, kindWord, Text.of("struct.no-indicator-kind")));
                    }
                }
                String headlineText = optional(row, cols, Layout.S_HEADLINE, null);
                boolean headline = old != null && old.headline();
                if (headlineText != null && !headlineText.isEmpty()) {
                    if (headlineText.equals("是")) {
                        headline = true;
                    } else if (headlineText.equals("否")) {
                        headline = false;
                    } else {
                        problems.add(new Problem(sheet, excelRow, Layout.column(cols.get(Layout.S_HEADLINE)), Layout.S_HEADLINE,
                                headlineText, Text.of("imp.structure-headline")));
                    }
                }
                LocalDate start = cols.containsKey(Layout.S_START) ? date(sheet, row, cols.get(Layout.S_START), excelRow)
                        : old == null ? null : old.start();
                LocalDate due = cols.containsKey(Layout.S_DUE) ? date(sheet, row, cols.get(Layout.S_DUE), excelRow)
                        : old == null ? null : old.due();
                if (problems.size() > before) {
                    continue;
                }
                if (kind == StructureKind.INDICATOR && old == null) {
                    if (direction == null) {
                        direction = Direction.AT_LEAST;
                    }
                    if (decimals == null && indicatorKind != null) {
                        decimals = indicatorKind == IndicatorKind.COUNT ? 0 : 2;
                    }
                }
                boolean indicator = kind == StructureKind.INDICATOR;
                StructureItem item = new StructureItem(codeText.isEmpty() ? null : codeText, kind, text(row.get(cols.get(Layout.S_NAME))),
                        parentText.isEmpty() && old != null ? old.parent() : parentText, ord == null ? 0 : ord,
                        old == null ? null : old.fromYear(),
                        retired ? (old != null && old.retired() ? old.retiredFrom() : Integer.valueOf(current.years().reporting())) : null,
                        indicator ? unit : null, indicator ? decimals : null, indicator ? direction : null,
                        indicator ? indicatorKind : null, indicator && headline,
                        kind == StructureKind.TASK ? start : null, kind == StructureKind.TASK ? due : null,
                        kind == StructureKind.MILESTONE ? month : null,
                        kind == StructureKind.TASK ? optional(row, cols, Layout.S_LINK, old == null ? null : old.link()) : null,
                        indicator ? optional(row, cols, Layout.S_PHASES, old == null ? null : old.phases()) : null);
                if (old != null && item.equals(old)) {
                    continue;
                }
                String label = "[" + sheet + "] 第" + excelRow + "行";
                rowOfLabel.put(label, excelRow);
                structureRows.add(new StructureCheck.Row(label, item));
                if (old == null) {
                    changes.add(new Change(sheet, excelRow, Text.of("imp.structure-new", kind.chinese()).zh(), null, item.name()));
                } else {
                    describe(sheet, excelRow, old, item);
                }
            }
            if (structureRows.isEmpty()) {
                return;
            }
            java.util.Set<String> withData = current.indicatorsWithData();
            StructureCheck.Result result = StructureCheck.check(current.structure(), current.allSections(), withData,
                    current.years().reporting(), structureRows);
            for (StructureCheck.Problem p : result.problems()) {
                problems.add(new Problem(sheet, rowOfLabel.getOrDefault(p.label(), 0), null, null, null, p.why()));
            }
        }

        private void describe(String sheet, int excelRow, StructureItem old, StructureItem item) {
            String c = old.code();
            diff(sheet, excelRow, c + " " + Layout.S_NAME, old.name(), item.name());
            diff(sheet, excelRow, c + " " + Layout.S_PARENT, old.parent(), item.parent());
            diff(sheet, excelRow, c + " " + Layout.S_STATUS, old.retired() ? Layout.RETIRED : Layout.IN_USE,
                    item.retired() ? Layout.RETIRED : Layout.IN_USE);
            diff(sheet, excelRow, c + " " + Layout.S_ORD, Integer.toString(old.ord()), Integer.toString(item.ord()));
            diff(sheet, excelRow, c + " " + Layout.UNIT, old.unit(), item.unit());
            diff(sheet, excelRow, c + " " + Layout.S_DECIMALS, str(old.decimals()), str(item.decimals()));
            diff(sheet, excelRow, c + " " + Layout.S_DIRECTION, old.direction() == null ? null : old.direction().chinese(),
                    item.direction() == null ? null : item.direction().chinese());
            diff(sheet, excelRow, c + " " + Layout.S_INDICATOR_KIND, old.indicatorKind() == null ? null : Layout.kindWord(old.indicatorKind()),
                    item.indicatorKind() == null ? null : Layout.kindWord(item.indicatorKind()));
            diff(sheet, excelRow, c + " " + Layout.S_START, str(old.start()), str(item.start()));
            diff(sheet, excelRow, c + " " + Layout.S_DUE, str(old.due()), str(item.due()));
            diff(sheet, excelRow, c + " " + Layout.S_MONTH, str(old.month()), str(item.month()));
            diff(sheet, excelRow, c + " " + Layout.S_LINK, old.link(), item.link());
            diff(sheet, excelRow, c + " " + Layout.S_PHASES, old.phases(), item.phases());
            diff(sheet, excelRow, c + " " + Layout.S_HEADLINE, old.headline() ? "是" : "否", item.headline() ? "是" : "否");
        }

        private void diff(String sheet, int excelRow, String what, String before, String after) {
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new Change(sheet, excelRow, what, before, after));
            }
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }

        private static String optional(Map<Integer, GridCell> row, Map<String, Integer> cols, String heading, String otherwise) {
            Integer col = cols.get(heading);
            if (col == null) {
                return otherwise;
            }
            String t = text(row.get(col));
            return t.isEmpty() ? otherwise : t;
        }

        /** A whole number in a cell (序号, 小数位, 月份), or {@code otherwise} when the column or the cell is empty. */
        private Integer wholeNumber(String sheet, Map<Integer, GridCell> row, Integer col, int excelRow, Integer otherwise) {
            if (col == null) {
                return otherwise;
            }
            String t = text(row.get(col));
            if (t.isEmpty()) {
                return otherwise;
            }
            if (row.get(col).date()) {
                problems.add(new Problem(sheet, excelRow, Layout.column(col), headingOf.get(col), t, Text.of("imp.structure-date")));
                return otherwise;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                problems.add(new Problem(sheet, excelRow, Layout.column(col), headingOf.get(col), t, Text.of("imp.structure-number")));
                return otherwise;
            }
        }

        /** The sheet by name, else the first whose header row has one of the headings. */
        private GridSheet findSheet(String name, String... headings) {
            GridSheet s = wb.sheets.get(name);
            if (s != null) {
                return s;
            }
            for (GridSheet candidate : wb.sheets.values()) {
                if (!candidate.name.equals(Layout.TARGETS) && !candidate.name.equals(Layout.TASKS)
                        && !candidate.name.equals(Layout.EXPORT_INFO) && headerRow(candidate, headings) >= 0) {
                    notes.add(Text.of("imp.read-other-sheet", name, candidate.name));
                    return candidate;
                }
            }
            return null;
        }

        private static int headerRow(GridSheet s, String... headings) {
            for (var row : s.rows.headMap(10).entrySet()) {
                for (GridCell c : row.getValue().values()) {
                    if (c.kind() == Grid.Kind.TEXT) {
                        String h = Layout.normalise(c.text());
                        for (String want : headings) {
                            if (h.equals(want)) {
                                return row.getKey();
                            }
                        }
                    }
                }
            }
            return -1;
        }

        /** The header row (one of the first ten with either heading), or -1 with the problem recorded. */
        private int header(GridSheet s, String one, String other) {
            int row = headerRow(s, one, other);
            if (row < 0) {
                problems.add(new Problem(s.name, 0, null, null, null, Text.of("imp.no-header", one, other)));
            }
            return row;
        }

        private Map<String, Integer> headings(GridSheet s, int headerRow) {
            Map<String, Integer> cols = new LinkedHashMap<>();
            headingOf.clear();
            for (var e : s.rows.get(headerRow).entrySet()) {
                GridCell c = e.getValue();
                int column = e.getKey();
                String text = c.kind() == Grid.Kind.TEXT ? c.text()
                        : c.kind() == Grid.Kind.NUMBER ? String.valueOf((long) c.number()) : "";
                String key = Layout.normalise(text);
                if (key.isEmpty()) {
                    continue;
                }
                headingOf.put(column, text.strip());
                Integer before = cols.putIfAbsent(key, column);
                if (before != null) {
                    problems.add(new Problem(s.name, headerRow + 1, Layout.column(column), text, null,
                            Text.of("imp.duplicate-heading", Layout.column(before))));
                }
            }
            return cols;
        }

        private boolean mergedCells(GridSheet s, int headerRow) {
            boolean any = false;
            for (CellRangeAddress r : s.merged) {
                if (r.getLastRow() > headerRow) {
                    problems.add(new Problem(s.name, r.getFirstRow() + 1, Layout.column(r.getFirstColumn()), null, null,
                            Text.of("imp.merged", r.formatAsString())));
                    any = true;
                }
            }
            return any;
        }

        // ---- 月度数据 ----

        private void readFigures(GridSheet s) {
            String sheet = s.name;
            int headerRow = header(s, Layout.CODE, Layout.NAME);
            if (headerRow < 0) {
                return;
            }
            Map<String, Integer> cols = headings(s, headerRow);
            Integer code = cols.get(Layout.CODE);
            Integer name = cols.get(Layout.NAME);
            Integer unit = cols.get(Layout.UNIT);
            Integer year = cols.get(Layout.YEAR);
            Integer base = cols.get(Layout.BASE);
            Integer stretch = cols.get(Layout.STRETCH);
            Map<Integer, Integer> months = new HashMap<>();
            Map<Integer, Integer> growth = new HashMap<>();
            Map<Integer, Integer> note = new HashMap<>();
            for (var e : cols.entrySet()) {
                int m;
                if ((m = Layout.monthOf(e.getKey())) > 0) {
                    months.put(m, e.getValue());
                } else if ((m = Layout.growthMonthOf(e.getKey())) > 0) {
                    growth.put(m, e.getValue());
                } else if ((m = Layout.noteMonthOf(e.getKey())) > 0) {
                    note.put(m, e.getValue());
                } else if (e.getKey().startsWith("同比") || e.getKey().startsWith("备注")) {
                    problems.add(new Problem(sheet, headerRow + 1, Layout.column(e.getValue()), e.getKey(), null,
                            Text.of("imp.which-month")));
                } else if (!List.of(Layout.CODE, Layout.NAME, Layout.UNIT, Layout.YEAR, Layout.BASE, Layout.STRETCH).contains(e.getKey())) {
                    notes.add(Text.of("imp.column-ignored", sheet, Layout.column(e.getValue()), e.getKey()));
                }
            }
            if (code == null && name == null) {
                problems.add(new Problem(sheet, headerRow + 1, null, null, null, Text.of("imp.no-code-column", Layout.CODE, Layout.NAME)));
            }
            if (unit == null) {
                problems.add(new Problem(sheet, headerRow + 1, null, null, null, Text.of("imp.no-unit-column", Layout.UNIT)));
            }
            if (months.isEmpty() && base == null && stretch == null && growth.isEmpty() && note.isEmpty()) {
                problems.add(new Problem(sheet, headerRow + 1, null, null, null,
                        Text.of("imp.no-data-column")));
            }
            if (mergedCells(s, headerRow) || !problems.isEmpty() && (code == null && name == null || unit == null)) {
                return;
            }
            current.indicators().forEach(i -> byName.putIfAbsent(i.name().strip(), i));
            Map<String, Integer> seen = new HashMap<>();
            for (var entry : s.rows.tailMap(headerRow, false).entrySet()) {
                Map<Integer, GridCell> row = entry.getValue();
                if (blank(row)) {
                    continue;
                }
                int excelRow = entry.getKey() + 1;
                if (cellsWithoutMeaning(sheet, row, excelRow)) {
                    continue;
                }
                String codeText = code == null ? "" : text(row.get(code));
                String nameText = name == null ? "" : text(row.get(name));
                if (groupRow(codeText, nameText)) {
                    for (var c : row.entrySet()) {
                        if (!c.getKey().equals(code) && !c.getKey().equals(name) && !text(c.getValue()).isEmpty()) {
                            problems.add(new Problem(sheet, excelRow, Layout.column(c.getKey()), headingOf.get(c.getKey()),
                                    text(c.getValue()), Text.of("imp.section-row")));
                        }
                    }
                    continue;
                }
                Indicator ind = null;
                if (!codeText.isEmpty()) {
                    ind = current.indicator(codeText).orElse(null);
                    if (ind == null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(code), Layout.CODE, codeText,
                                Text.of("imp.no-such-code")));
                        continue;
                    }
                    if (!nameText.isEmpty() && !nameText.equals(ind.name())) {
                        warnings.add(Text.of("imp.name-differs", sheet, Integer.toString(excelRow), nameText, ind.name(), ind.code()));
                    }
                } else if (!nameText.isEmpty()) {
                    ind = byName.get(nameText);
                    if (ind == null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(name), Layout.NAME, nameText,
                                Text.of("imp.no-such-name")));
                        continue;
                    }
                } else {
                    problems.add(new Problem(sheet, excelRow, Layout.column(code != null ? code : name), null, null,
                            Text.of("imp.no-code-no-name")));
                    continue;
                }
                if (unit != null) {
                    String u = text(row.get(unit));
                    if (!u.isEmpty() && !u.equals(ind.unit())) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(unit), Layout.UNIT, u, Text.of("imp.unit-differs", ind.name(),
                                ind.unit())));
                        continue;
                    }
                }
                int y = current.year() + ind.planYearOffset();
                if (year != null) {
                    GridCell yc = row.get(year);
                    String yt = text(yc);
                    if (!yt.isEmpty()) {
                        BigDecimal yv = yc.kind() == Grid.Kind.NUMBER ? BigDecimal.valueOf(yc.number())
                                : NumberInput.parse(yt).value();
                        if (yv == null || yv.stripTrailingZeros().scale() > 0 || yv.compareTo(BigDecimal.valueOf(2000)) < 0
                                || yv.compareTo(BigDecimal.valueOf(2100)) > 0) {
                            problems.add(new Problem(sheet, excelRow, Layout.column(year), Layout.YEAR, yt,
                                    Text.of("imp.year")));
                            continue;
                        }
                        y = yv.intValue();
                    }
                }
                String key = ind.code() + "/" + y;
                Integer first = seen.putIfAbsent(key, excelRow);
                if (first != null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(code != null ? code : name), null, ind.code(),
                            Text.of("imp.duplicate-row", Integer.toString(first), ind.name(), Integer.toString(y))));
                    continue;
                }
                readIndicatorRow(sheet, row, excelRow, ind, y, base, stretch, months, growth, note);
            }
        }

        /**
         * Cells the import cannot take as they are, found in any column: data under no heading (an emptied “10月”), a
         * formula Excel never calculated, a value that is not a number where the file says number. Recorded; true when
         * the row has one.
         */
        private boolean cellsWithoutMeaning(String sheet, Map<Integer, GridCell> row, int excelRow) {
            boolean any = false;
            for (var e : row.entrySet()) {
                GridCell c = e.getValue();
                String col = Layout.column(e.getKey());
                String heading = headingOf.get(e.getKey());
                if (c.kind() == Grid.Kind.FORMULA) {
                    problems.add(new Problem(sheet, excelRow, col, heading, null, Text.of("imp.formula")));
                    any = true;
                } else if (c.kind() == Grid.Kind.BAD) {
                    problems.add(new Problem(sheet, excelRow, col, heading, c.text(), Text.of("imp.bad-number")));
                    any = true;
                } else if (heading == null && !text(c).isEmpty()) {
                    problems.add(new Problem(sheet, excelRow, col, null, text(c), Text.of("imp.no-heading")));
                    any = true;
                }
            }
            return any;
        }

        private boolean groupRow(String codeText, String nameText) {
            if (!codeText.isEmpty() && current.section(codeText).isPresent()) {
                return true;
            }
            return codeText.isEmpty() && current.sections().stream().map(Section::title).anyMatch(nameText::equals);
        }

        private void readIndicatorRow(String sheet, Map<Integer, GridCell> row, int excelRow, Indicator ind, int y, Integer base, Integer stretch,
                                      Map<Integer, Integer> months, Map<Integer, Integer> growth, Map<Integer, Integer> note) {
            CockpitData data = data(y - ind.planYearOffset());
            String label = ind.code() + " " + ind.name() + " " + y + "年";
            // targets
            Target t = data.target(ind.code(), y).orElse(null);
            BigDecimal newBase = base == null ? null : number(sheet, row, base, excelRow, ind, CellCheck.Field.BASE_TARGET, null, null);
            BigDecimal newStretch = stretch == null ? null : number(sheet, row, stretch, excelRow, ind, CellCheck.Field.STRETCH_TARGET,
                    null, newBase != null ? newBase : t == null ? null : t.base());
            boolean baseChanged = newBase != null && !same(t == null ? null : t.base(), newBase);
            boolean stretchChanged = newStretch != null && !same(t == null ? null : t.stretch(), newStretch);
            if (baseChanged && savedSinceExport(sheet, excelRow, base, label + "目标", plain(newBase), "target", ind.code() + "/" + y,
                    "base_value")) {
                baseChanged = false;
            }
            if (stretchChanged && savedSinceExport(sheet, excelRow, stretch, label + "高线目标", plain(newStretch), "target",
                    ind.code() + "/" + y, "stretch_value")) {
                stretchChanged = false;
            }
            Text targetWhy = (baseChanged || stretchChanged) ? cn.techcity.cockpit.domain.YearRules.targetRefused(y,
                    current.years().reporting(), current.years().lastClosed(), label) : null;
            if (targetWhy != null) {
                problems.add(new Problem(sheet, excelRow, Layout.column(baseChanged ? base : stretch), headingOf.get(baseChanged ? base : stretch),
                        null, targetWhy));
                baseChanged = false;
                stretchChanged = false;
            }
            if (baseChanged || stretchChanged) {
                targetEdits.add(new TargetEdit(ind.code(), y, baseChanged, newBase, stretchChanged, newStretch,
                        data.targetVersion(ind.code(), y)));
                if (baseChanged) {
                    changes.add(new Change(sheet, excelRow, label + "目标", t == null ? null : plain(t.base()), plain(newBase)));
                }
                if (stretchChanged) {
                    changes.add(new Change(sheet, excelRow, label + "高线目标", t == null ? null : plain(t.stretch()), plain(newStretch)));
                }
            }
            // months, with the month's 同比 and note
            BigDecimal previous = null;
            for (int m = 1; m <= 12; m++) {
                MonthlyFigure stored = data.figure(ind.code(), y, m).orElse(null);
                BigDecimal value = null;
                if (months.containsKey(m)) {
                    value = number(sheet, row, months.get(m), excelRow, ind, CellCheck.Field.FIGURE,
                            previous != null ? previous : m == 1 ? null : data.figure(ind.code(), y, m - 1).map(MonthlyFigure::value).orElse(null), null);
                }
                BigDecimal g = growth.containsKey(m) ? number(sheet, row, growth.get(m), excelRow, ind, CellCheck.Field.GROWTH, null, null) : null;
                String n = null;
                if (note.containsKey(m)) {
                    n = text(row.get(note.get(m)));
                    Text why = TextRules.problem(n, TextRules.NOTE_MAX);
                    if (why != null) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(note.get(m)), Layout.note(m), clip(n),
                                Text.of("msg.field-note", why)));
                        n = null;
                    }
                    n = n == null || n.isEmpty() ? null : n;
                }
                previous = value != null ? value : stored == null ? null : stored.value();
                boolean setValue = value != null && !same(stored == null ? null : stored.value(), value);
                boolean setGrowth = g != null && !same(stored == null ? null : stored.reportedGrowth(), g);
                boolean setNote = n != null && !n.equals(stored == null ? null : stored.note());
                String figureKey = ind.code() + "/" + y + "/" + m;
                if (setValue && savedSinceExport(sheet, excelRow, months.get(m), label + m + "月", plain(value), "monthly_figure",
                        figureKey, "cum_value")) {
                    setValue = false;
                }
                if (setGrowth && savedSinceExport(sheet, excelRow, growth.get(m), label + m + "月同比", plain(g), "monthly_figure",
                        figureKey, "reported_growth")) {
                    setGrowth = false;
                }
                if (setNote && savedSinceExport(sheet, excelRow, note.get(m), label + m + "月备注", clip(n), "monthly_figure", figureKey,
                        "note")) {
                    setNote = false;
                }
                if (!setValue && !setGrowth && !setNote) {
                    continue;
                }
                Text figureWhy = cn.techcity.cockpit.domain.YearRules.figureRefused(y, current.years().reporting(),
                        current.years().lastClosed(), label + m + "月");
                if (figureWhy != null) {
                    Integer col = setValue ? months.get(m) : setGrowth ? growth.get(m) : note.get(m);
                    problems.add(new Problem(sheet, excelRow, col == null ? null : Layout.column(col), col == null ? null : headingOf.get(col),
                            null, figureWhy));
                    continue;
                }
                figureEdits.add(new FigureEdit(ind.code(), y, m, setValue, value, setGrowth, g, setNote, n,
                        data.figureVersion(ind.code(), y, m)));
                if (setValue) {
                    changes.add(new Change(sheet, excelRow, label + m + "月", stored == null ? null : plain(stored.value()), plain(value)));
                }
                if (setGrowth) {
                    changes.add(new Change(sheet, excelRow, label + m + "月同比(%)", stored == null ? null : plain(stored.reportedGrowth()),
                            plain(g)));
                }
                if (setNote) {
                    changes.add(new Change(sheet, excelRow, label + m + "月备注", stored == null ? null : stored.note(), n));
                }
            }
        }

        /** A checked number from a cell, or null when the cell is empty or has a problem (then recorded). */
        private BigDecimal number(String sheet, Map<Integer, GridCell> row, int col, int excelRow, Indicator ind,
                                  CellCheck.Field field, BigDecimal previous, BigDecimal base) {
            GridCell c = row.get(col);
            String heading = headingOf.get(col);
            if (c == null) {
                return null;
            }
            NumberInput.Parsed parsed;
            String shown;
            switch (c.kind()) {
                case NUMBER -> {
                    if (c.date()) {
                        String shownDate = DateUtil.isValidExcelDate(c.number())
                                ? DateUtil.getLocalDateTime(c.number()).toLocalDate().toString() : text(c);
                        problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, shownDate, Text.of("imp.date-not-number")));
                        return null;
                    }
                    BigDecimal v = decimal(c.number());
                    boolean percentCell = c.format() != null && c.format().contains("%");
                    if (percentCell) {
                        v = v.movePointRight(2).stripTrailingZeros();
                    }
                    if (v.scale() < 0) {
                        v = v.setScale(0);
                    }
                    shown = v.toPlainString() + (percentCell ? "%" : "");
                    parsed = new NumberInput.Parsed(v, percentCell, null);
                }
                case TEXT -> {
                    shown = c.text();
                    if (shown.isBlank()) {
                        return null;
                    }
                    if (fullWidth(shown)) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, shown, Text.of("imp.full-width",
                                halfWidth(shown).strip())));
                        return null;
                    }
                    parsed = NumberInput.parse(shown);
                    if (!parsed.ok()) {
                        problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, shown, parsed.problem()));
                        return null;
                    }
                }
                case ERROR -> {
                    problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, c.text(),
                            Text.of("imp.error-cell")));
                    return null;
                }
                case BAD, FORMULA -> {
                    return null;    // recorded with the row (cellsWithoutMeaning)
                }
                default -> {
                    problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, text(c), Text.of("imp.must-be-number")));
                    return null;
                }
            }
            List<CellCheck.Problem> checked = CellCheck.check(ind, field, parsed, previous, base);
            for (CellCheck.Problem p : checked) {
                if (p.error()) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(col), heading, shown, p.text()));
                } else {
                    warnings.add(Text.of("imp.cell-warning", sheet, Integer.toString(excelRow), Layout.column(col), heading == null ? ""
                            : heading, ind.name(), shown, p.text()));
                }
            }
            return checked.stream().anyMatch(CellCheck.Problem::error) ? null : parsed.value();
        }

        // ---- 任务 ----

        private void readTasks(GridSheet s) {
            String sheet = s.name;
            int headerRow = header(s, Layout.CODE, Layout.TASK_TITLE);
            if (headerRow < 0) {
                return;
            }
            Map<String, Integer> cols = headings(s, headerRow);
            Integer code = cols.get(Layout.CODE);
            Integer title = cols.get(Layout.TASK_TITLE);
            Integer owner = cols.get(Layout.TASK_OWNER);
            Integer due = cols.get(Layout.TASK_DUE);
            Integer status = cols.get(Layout.TASK_STATUS);
            Integer note = cols.get(Layout.TASK_NOTE);
            if (code == null && title == null) {
                problems.add(new Problem(sheet, headerRow + 1, null, null, null, Text.of("imp.no-code-column", Layout.CODE, Layout.TASK_TITLE)));
                return;
            }
            if (mergedCells(s, headerRow)) {
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (var entry : s.rows.tailMap(headerRow, false).entrySet()) {
                Map<Integer, GridCell> row = entry.getValue();
                if (blank(row)) {
                    continue;
                }
                int excelRow = entry.getKey() + 1;
                if (cellsWithoutMeaning(sheet, row, excelRow)) {
                    continue;
                }
                String codeText = code == null ? "" : text(row.get(code));
                String titleText = title == null ? "" : text(row.get(title));
                BattleTask task = current.tasks().stream().filter(t -> codeText.isEmpty() ? t.title().equals(titleText)
                        : t.code().equals(codeText)).findFirst().orElse(null);
                if (task == null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(codeText.isEmpty() ? title : code), null,
                            codeText.isEmpty() ? titleText : codeText, Text.of("imp.no-such-task")));
                    continue;
                }
                Integer first = seen.putIfAbsent(task.code(), excelRow);
                if (first != null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(code != null ? code : title), null, task.code(),
                            Text.of("imp.duplicate-task", Integer.toString(first))));
                    continue;
                }
                String newOwner = owner == null ? "" : text(row.get(owner));
                String newNote = note == null ? "" : text(row.get(note));
                Text ownerWhy = TextRules.problem(newOwner, TextRules.OWNER_MAX);
                if (ownerWhy != null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(owner), Layout.TASK_OWNER, clip(newOwner),
                            Text.of("msg.field-owner", ownerWhy)));
                    continue;
                }
                Text noteWhy = TextRules.problem(newNote, TextRules.NOTE_MAX);
                if (noteWhy != null) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(note), Layout.TASK_NOTE, clip(newNote),
                            Text.of("msg.field-progress", noteWhy)));
                    continue;
                }
                LocalDate newDue = due == null ? null : date(sheet, row, due, excelRow);
                TaskStatus newStatus = null;
                if (status != null) {
                    String st = text(row.get(status));
                    if (!st.isEmpty()) {
                        for (TaskStatus ts : TaskStatus.values()) {
                            if (ts.chinese().equals(st) || ts.name().equalsIgnoreCase(st)) {
                                newStatus = ts;
                            }
                        }
                        if (newStatus == null) {
                            problems.add(new Problem(sheet, excelRow, Layout.column(status), Layout.TASK_STATUS, st, Text.of("imp.status",
                                    String.join("、", java.util.Arrays.stream(TaskStatus.values()).map(TaskStatus::chinese).toList()))));
                            continue;
                        }
                    }
                }
                String o = newOwner.isEmpty() ? task.owner() : newOwner;
                LocalDate d = newDue == null ? task.due() : newDue;
                TaskStatus stt = newStatus == null ? task.status() : newStatus;
                String n = newNote.isEmpty() ? task.progressNote() : newNote;
                String label = task.code() + " " + task.title();
                boolean any = false;
                if (!Objects.equals(o, task.owner()) && savedSinceExport(sheet, excelRow, owner, label + " 责任人", o, "battle_task",
                        task.code(), "owner")
                        | !Objects.equals(d, task.due()) && savedSinceExport(sheet, excelRow, due, label + " 完成时限",
                        Objects.toString(d, null), "battle_task", task.code(), "due_date")
                        | stt != task.status() && savedSinceExport(sheet, excelRow, status, label + " 状态", stt.chinese(), "battle_task",
                        task.code(), "status")
                        | !Objects.equals(n, task.progressNote()) && savedSinceExport(sheet, excelRow, note, label + " 进展情况", clip(n),
                        "battle_task", task.code(), "progress_note")) {
                    continue;
                }
                if (!Objects.equals(o, task.owner())) {
                    changes.add(new Change(sheet, excelRow, label + " 责任人", task.owner(), o));
                    any = true;
                }
                if (!Objects.equals(d, task.due())) {
                    changes.add(new Change(sheet, excelRow, label + " 完成时限", Objects.toString(task.due(), null), Objects.toString(d, null)));
                    any = true;
                }
                if (stt != task.status()) {
                    changes.add(new Change(sheet, excelRow, label + " 状态", task.status().chinese(), stt.chinese()));
                    any = true;
                }
                if (!Objects.equals(n, task.progressNote())) {
                    changes.add(new Change(sheet, excelRow, label + " 进展情况", task.progressNote(), n));
                    any = true;
                }
                if (any) {
                    taskEdits.add(new TaskEdit(task.code(), o, d, stt, n, current.taskVersion(task.code())));
                }
            }
        }

        private String heading(int col) {
            return headingOf.getOrDefault(col, Layout.TASK_DUE);
        }

        private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

        private LocalDate date(String sheet, Map<Integer, GridCell> row, int col, int excelRow) {
            GridCell c = row.get(col);
            if (c == null) {
                return null;
            }
            if (c.kind() == Grid.Kind.NUMBER) {
                String digits = text(c);
                if (digits.matches("(19|20|21)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])")) {
                    problems.add(new Problem(sheet, excelRow, Layout.column(col), heading(col), digits, Text.of("imp.date-digits",
                            digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6))));
                    return null;
                }
                LocalDate d = c.date() && DateUtil.isValidExcelDate(c.number()) ? DateUtil.getLocalDateTime(c.number()).toLocalDate() : null;
                if (d != null && d.getYear() >= 2000 && d.getYear() <= 2100) {
                    return d;
                }
                problems.add(new Problem(sheet, excelRow, Layout.column(col), heading(col), text(c), d != null
                        ? Text.of("imp.date-range") : Text.of("imp.date-number")));
                return null;
            }
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            Matcher m = DATE.matcher(t);
            try {
                if (m.matches()) {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    if (d.getYear() >= 2000 && d.getYear() <= 2100) {
                        return d;
                    }
                }
            } catch (java.time.DateTimeException e) {
                // reported below
            }
            problems.add(new Problem(sheet, excelRow, Layout.column(col), heading(col), t,
                    Text.of("imp.not-a-date")));
            return null;
        }

        // ---- cells ----

        private static boolean blank(Map<Integer, GridCell> row) {
            for (GridCell c : row.values()) {
                if (!text(c).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** Excel's double as the decimal the clerk typed: 15 significant digits, as Excel shows them. */
        private static BigDecimal decimal(double d) {
            BigDecimal v = BigDecimal.valueOf(d);
            if (v.precision() > 15) {
                v = v.round(EXCEL_DIGITS);
            }
            return v.stripTrailingZeros();
        }

        /** The cell as text, stripped; numbers as plain digits. */
        static String text(GridCell c) {
            if (c == null) {
                return "";
            }
            return switch (c.kind()) {
                case TEXT, BOOLEAN, ERROR, BAD, FORMULA -> c.text().strip();
                case NUMBER -> {
                    BigDecimal v = decimal(c.number());
                    yield (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
                }
            };
        }

        private static String clip(String s) {
            return s == null || s.length() <= 20 ? s : s.substring(0, 20) + "…";
        }

        private static boolean fullWidth(String s) {
            return s.chars().anyMatch(ch -> ch >= 0xFF01 && ch <= 0xFF5E || ch == 0x3000 || ch == '。');
        }

        private static String halfWidth(String s) {
            StringBuilder b = new StringBuilder();
            for (char ch : s.strip().toCharArray()) {
                b.append(ch >= 0xFF01 && ch <= 0xFF5E ? (char) (ch - 0xFEE0) : ch == '。' ? '.' : ch == 0x3000 ? ' ' : ch);
            }
            return " " + b.toString().strip();
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        private static String plain(BigDecimal v) {
            return v == null ? null : v.stripTrailingZeros().toPlainString();
        }
    }
}
