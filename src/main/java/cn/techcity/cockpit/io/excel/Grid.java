package cn.techcity.cockpit.io.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of a workbook as the import reads them: value, kind and number format, the merged regions, per sheet.
 * An .xlsx is streamed (SAX over the sheet XML: a 10,000-row workbook in a fraction of what the object model takes);
 * an old .xls goes through POI's object model.
 */
final class Grid {
    /**
     * BAD: the file stores something that is not a number where a number belongs (NaN, 1e400, letters); FORMULA: a
     * formula whose result was never calculated (written by a program, not saved by Excel).
     */
    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, BAD, FORMULA }

    /** More cells than any committee workbook has (a hostile or broken file): read no further. */
    static int maxCells() {
        return Integer.getInteger("cockpit.import.max-cells", 2_000_000);
    }

    private final int maxCells = maxCells();

    /** The workbook has more cells than {@link #maxCells()}. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("too many cells");
        }
    }

    private int cells;

    private void count() {
        if (++cells > maxCells) {
            throw new TooLarge();
        }
    }

    /** One non-empty cell: text for TEXT/BOOLEAN/ERROR, number for NUMBER; the number format; a date format. */
    record GridCell(Kind kind, String text, double number, String format, boolean date) {
    }

    /** One sheet: rows by 0-based index, cells by 0-based column, and the merged regions. */
    static final class GridSheet {
        final String name;
        final TreeMap<Integer, TreeMap<Integer, GridCell>> rows = new TreeMap<>();
        final List<CellRangeAddress> merged = new ArrayList<>();

        GridSheet(String name) {
            this.name = name;
        }

        GridCell cell(int row, int col) {
            var r = rows.get(row);
            return r == null ? null : r.get(col);
        }

        int lastRow() {
            return rows.isEmpty() ? -1 : rows.lastKey();
        }

        void put(int row, int col, GridCell c) {
            rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, c);
        }
    }

    /** The sheets in workbook order, by name. */
    final Map<String, GridSheet> sheets = new LinkedHashMap<>();

    static Grid read(File file) throws IOException {
        if (zip(file)) {
            try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
                return stream(pkg);
            } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | SAXException | ParserConfigurationException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        try (Workbook wb = WorkbookFactory.create(file, null, true)) {
            return objects(wb);
        }
    }

    private static boolean zip(File file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file.toPath())) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static Grid stream(OPCPackage pkg) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException,
            SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        // without the phonetic runs (ruby text over Chinese or Japanese): "55" with a phonetic "9" is 55, not 559
        SharedStrings strings = new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Grid grid = new Grid();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                GridSheet sheet = new GridSheet(it.getSheetName());
                f.newSAXParser().parse(in, new SheetHandler(grid, sheet, strings, styles));
                grid.sheets.put(sheet.name, sheet);
            }
        }
        return grid;
    }

    private static Grid objects(Workbook wb) {
        Grid grid = new Grid();
        for (Sheet s : wb) {
            GridSheet sheet = new GridSheet(s.getSheetName());
            for (Row row : s) {
                for (Cell c : row) {
                    GridCell g = of(c);
                    if (g != null) {
                        grid.count();
                        sheet.put(row.getRowNum(), c.getColumnIndex(), g);
                    }
                }
            }
            sheet.merged.addAll(s.getMergedRegions());
            grid.sheets.put(sheet.name, sheet);
        }
        return grid;
    }

    private static GridCell of(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String format = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
        return switch (type) {
            case STRING -> c.getStringCellValue().isEmpty() ? null : new GridCell(Kind.TEXT, c.getStringCellValue(), 0, format, false);
            case NUMERIC -> new GridCell(Kind.NUMBER, null, c.getNumericCellValue(), format, DateUtil.isCellDateFormatted(c));
            case BOOLEAN -> new GridCell(Kind.BOOLEAN, String.valueOf(c.getBooleanCellValue()), 0, format, false);
            case ERROR -> new GridCell(Kind.ERROR, FormulaError.forInt(c.getErrorCellValue()).getString(), 0, format, false);
            default -> null;
        };
    }

    /** The sheet XML: rows, cells (shared, inline and formula strings, numbers, booleans, errors) and merged cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final Grid grid;
        private final GridSheet sheet;
        private final SharedStrings strings;
        private final StylesTable styles;
        private final Map<Integer, String[]> formats = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        /** Inside a phonetic run ({@code rPh}): its text is not the cell's. */
        private boolean phonetic;
        private boolean formula;
        private int row = -1;
        private int col;
        private int cellRow;
        private String type;
        private int style;

        SheetHandler(Grid grid, GridSheet sheet, SharedStrings strings, StylesTable styles) {
            this.grid = grid;
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    col = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    if (ref != null) {
                        CellReference cr = new CellReference(ref);
                        cellRow = cr.getRow();
                        col = cr.getCol();
                    } else {
                        cellRow = row;
                        col++;
                    }
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                    formula = false;
                }
                case "v", "t" -> inValue = !phonetic;
                case "rPh" -> phonetic = true;
                case "f" -> formula = true;
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null) {
                        sheet.merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                    // other elements carry nothing the import reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "rPh" -> phonetic = false;
                case "c" -> cell();
                default -> {
                    // nothing
                }
            }
        }

        private void cell() {
            String v = text.toString();
            if (v.isEmpty()) {
                if (formula) {
                    grid.count();
                    sheet.put(cellRow, col, new GridCell(Kind.FORMULA, "", 0, null, false));
                }
                return;
            }
            grid.count();
            String[] fmt = formats.computeIfAbsent(style, i -> {
                var cs = styles != null && i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
                String f = cs == null ? null : cs.getDataFormatString();
                boolean date = cs != null && DateUtil.isADateFormat(cs.getDataFormat(), f);
                return new String[] {f, date ? "d" : ""};
            });
            GridCell c;
            if (type == null || type.equals("n")) {
                double d;
                try {
                    d = Double.parseDouble(v.strip());
                } catch (NumberFormatException e) {
                    d = Double.NaN;
                }
                c = Double.isFinite(d) ? new GridCell(Kind.NUMBER, null, d, fmt[0], !fmt[1].isEmpty())
                        : new GridCell(Kind.BAD, v.length() > 20 ? v.substring(0, 20) + "…" : v, 0, fmt[0], false);
            } else {
                c = switch (type) {
                    case "s" -> {
                        int i;
                        try {
                            i = Integer.parseInt(v.strip());
                        } catch (NumberFormatException e) {
                            i = -1;
                        }
                        yield i >= 0 && i < strings.getUniqueCount() ? new GridCell(Kind.TEXT, strings.getItemAt(i).getString(), 0, fmt[0], false)
                                : new GridCell(Kind.BAD, v, 0, fmt[0], false);
                    }
                    case "b" -> new GridCell(Kind.BOOLEAN, "1".equals(v) ? "true" : "false", 0, fmt[0], false);
                    case "e" -> new GridCell(Kind.ERROR, v, 0, fmt[0], false);
                    default -> new GridCell(Kind.TEXT, v, 0, fmt[0], false);   // str, inlineStr
                };
            }
            if (c.kind() != Kind.TEXT || !c.text().isEmpty()) {
                sheet.put(cellRow, col, c);
            }
        }
    }
}
