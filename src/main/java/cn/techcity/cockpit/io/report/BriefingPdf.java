package cn.techcity.cockpit.io.report;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskRollup;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.FileException;
import cn.techcity.cockpit.io.StatusWords;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The PDF briefing of a cut-off month, A4 landscape: a cover with the headline figures and the overview, one page per
 * work area and one for the battles, each with the view's picture, its progress lines and a table of its figures.
 * Chinese is embedded as text (a subset of a TrueType CJK font), so it can be selected and searched.
 */
public final class BriefingPdf {
    /** The pictures, by key: {@link #COVER}, a work area's code (A1…A5), {@link #BATTLES}. Missing ones are left out. */
    public static final String COVER = "overview";
    public static final String BATTLES = "battles";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final Color INK = new Color(0x0f172a);
    private static final Color MUTED = new Color(0x475569);
    private static final Color RULE = new Color(0xcbd5e1);
    private static final Color HEAD = new Color(0xe2e8f0);
    // the light theme's status colours (ui/theme/light.css)
    private static final Color GREEN = new Color(0x16a34a);
    private static final Color AMBER = new Color(0xd97706);
    private static final Color RED = new Color(0xdc2626);
    private static final Color STRETCH = new Color(0x7c3aed);
    private static final Color MISSING = new Color(0x94a3b8);

    /** Font files tried in order; {@code -Dcockpit.pdf.font=FILE} comes first. TrueType only (CFF is not embeddable here). */
    static final List<String> FONT_CANDIDATES = List.of(
            System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts\\msyh.ttc",
            System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts\\msyh.ttf",
            System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts\\simhei.ttf",
            System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts\\simsun.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    private final CockpitData data;
    private final int month;
    private final Map<String, BufferedImage> pictures;
    private final PDDocument doc;
    private final PDFont font;
    private final WorkSummary.Summary summary;
    private int pageNo;
    private PDPageContentStream cs;
    private float y;

    private BriefingPdf(CockpitData data, int month, Map<String, BufferedImage> pictures, PDDocument doc, PDFont font) {
        this.data = data;
        this.month = month;
        this.pictures = pictures;
        this.doc = doc;
        this.font = font;
        this.summary = WorkSummary.of(data, month);
    }

    /** Writes the briefing of {@code month} of the reporting year; the file appears whole or not at all. */
    public static void write(CockpitData data, int month, Map<String, BufferedImage> pictures, Path file) {
        File fontFile = fontFile();
        cn.techcity.cockpit.io.AtomicFile.write(file, "阅读器", out -> {
            try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = fontFile.getName().toLowerCase().endsWith(".ttc")
                    ? new TrueTypeCollection(fontFile) : null) {
                TrueTypeFont ttf = ttc != null ? first(ttc) : new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(fontFile));
                PDFont font = PDType0Font.load(doc, ttf, true);
                new BriefingPdf(data, month, pictures, doc, font).build();
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle("科技城工作驾驶舱简报 " + data.year() + "年" + month + "月");
                info.setAuthor("科技城管委会");
                info.setCreator("科技城工作驾驶舱");
                doc.save(out);
            }
        });
    }

    static File fontFile() {
        List<String> tried = new ArrayList<>();
        String own = System.getProperty("cockpit.pdf.font");
        if (own != null) {
            tried.add(own);
        }
        tried.addAll(FONT_CANDIDATES);
        for (String f : tried) {
            File file = new File(f);
            if (file.isFile()) {
                return file;
            }
        }
        throw new FileException("找不到可嵌入 PDF 的中文 TrueType 字体。Windows 自带微软雅黑(msyh.ttc);Linux 请安装"
                + " fonts-wqy-microhei;或用 -Dcockpit.pdf.font=字体文件 指定 / no embeddable Chinese TrueType font found"
                + " (tried " + String.join(", ", tried) + ")", null);
    }

    private static TrueTypeFont first(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
            if (found[0] == null) {
                found[0] = f;
            }
        });
        if (found[0] == null) {
            throw new IOException("empty font collection");
        }
        return found[0];
    }

    // ---- pages ----

    private void build() throws IOException {
        cover();
        for (Section s : data.sections(SectionKind.AREA)) {
            area(s);
        }
        battles();
        if (cs != null) {
            cs.close();
        }
    }

    private String stamp() {
        return "数据截至" + data.year() + "年" + month + "月" + (data.hasSample() ? " · 含示例数据" : "") + " · 生成于 " + LocalDate.now();
    }

    private void newPage(String heading) throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pageNo++;
        cs = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
        text(MARGIN, y - 16, 16, INK, heading);
        text(PAGE.getWidth() - MARGIN - width(stamp(), 9), y - 14, 9, MUTED, stamp());
        y -= 26;
        rule(y);
        y -= 10;
        String foot = "科技城工作驾驶舱 · 第 " + pageNo + " 页";
        text(PAGE.getWidth() / 2 - width(foot, 8) / 2, MARGIN / 2, 8, MUTED, foot);
    }

    private void cover() throws IOException {
        newPage("科技城工作驾驶舱 · 工作简报(" + data.year() + "年" + (month == 1 ? "1月" : "1—" + month + "月") + ")");
        List<String> codes = data.headlineCodes();
        float gap = 10;
        float boxW = (PAGE.getWidth() - 2 * MARGIN - gap * (codes.size() - 1)) / codes.size();
        float boxH = 92;
        float x = MARGIN;
        for (String code : codes) {
            Indicator i = data.indicator(code).orElse(null);
            if (i == null) {
                continue;
            }
            Assessment a = data.assess(i, month);
            cs.setNonStrokingColor(HEAD);
            cs.addRect(x, y - boxH, boxW, boxH);
            cs.fill();
            cs.setNonStrokingColor(color(a.status()));
            cs.addRect(x, y - boxH, 5, boxH);
            cs.fill();
            text(x + 12, y - 18, 10, MUTED, fit(i.name(), 10, boxW - 20));
            text(x + 12, y - 46, 22, INK, a.value() == null ? "未填报" : ValueFormat.withUnit(a.value(), i));
            String line = a.completion() != null ? "完成率 " + ValueFormat.percentOfFraction(a.completion())
                    : a.target() != null ? "目标 " + ValueFormat.withUnit(a.target(), i) : "未设定目标";
            text(x + 12, y - 66, 9, MUTED, fit(line, 9, boxW - 20));
            text(x + 12, y - 80, 9, color(a.status()), fit(ValueFormat.gapPhrase(a), 9, boxW - 20));
            x += boxW + gap;
        }
        y -= boxH + 12;
        picture(COVER, MARGIN, PAGE.getWidth() - 2 * MARGIN, y - MARGIN);
    }

    private void area(Section s) throws IOException {
        WorkSummary.Part part = summary.parts().get(s.ord());
        newPage(part.heading() + s.title());
        float top = y;
        float picW = 470;
        float picH = picture(s.code(), MARGIN, picW, 265);
        float textX = MARGIN + picW + 14;
        float textW = PAGE.getWidth() - MARGIN - textX;
        float ty = top;
        text(textX, ty - 10, 10, INK, "主要进度");
        ty -= 16;
        List<String> lines = new ArrayList<>();
        for (String line : part.progress()) {
            lines.addAll(wrap("· " + line, 8, textW));
        }
        int room = (int) ((265 - 16) / 11);
        for (int i = 0; i < lines.size() && i < room; i++) {
            String l = i == room - 1 && lines.size() > room ? "……其余见下表" : lines.get(i);
            text(textX, ty - 8, 8, INK, l);
            ty -= 11;
        }
        y = top - Math.max(picH, 265) - 10;
        table(s.code(), List.of("指标", "单位", "截至" + month + "月", "年度目标", "完成率", "对比序时/目标", "同比", "状态"),
                new float[] {250, 50, 75, 75, 60, 130, 60, 70}, rows(s.code()), part.heading() + s.title());
    }

    private List<String[]> rows(String section) {
        List<String[]> rows = new ArrayList<>();
        for (Indicator i : data.indicators(section)) {
            Assessment a = data.assess(i, month);
            rows.add(new String[] {i.name(), i.unit(), a.value() == null ? "未填报" : ValueFormat.number(a.value(), i.decimals()),
                    a.target() == null ? "—" : ValueFormat.number(a.target(), i.decimals()),
                    a.completion() == null ? "—" : ValueFormat.percentOfFraction(a.completion()),
                    a.plainGap() == null ? "—" : ValueFormat.gapPhrase(a),
                    a.growth() == null ? "—" : ValueFormat.growth(a.growth().percent()), StatusWords.of(a.status())});
        }
        return rows;
    }

    private void battles() throws IOException {
        newPage("攻坚战(" + data.battlesYear() + "年)");
        float top = y;
        float picW = 470;
        float picH = picture(BATTLES, MARGIN, picW, 265);
        float textX = MARGIN + picW + 14;
        float ty = top;
        LocalDate today = LocalDate.now();
        text(textX, ty - 10, 10, INK, "任务进展");
        ty -= 18;
        for (Section b : data.sections(SectionKind.BATTLE)) {
            List<BattleTask> tasks = data.tasks(b.code());
            TaskRollup r = TaskRollup.of(tasks, today);
            text(textX, ty - 9, 9, INK, b.title());
            text(textX, ty - 21, 8, MUTED, "任务 " + r.total() + " 项,已完成 " + r.done() + " 项("
                    + Math.round(r.shareDone() * 100) + "%),逾期 " + r.overdue() + " 项");
            ty -= 30;
        }
        y = top - Math.max(picH, 265) - 10;
        List<String[]> rows = new ArrayList<>();
        for (Section b : data.sections(SectionKind.BATTLE)) {
            for (BattleTask t : data.tasks(b.code())) {
                rows.add(new String[] {t.title(), b.title().replace("打好", "").replace("攻坚战", ""),
                        t.owner() == null ? "未指定" : t.owner(), t.due() == null ? "—" : t.due().toString(), t.status().chinese(),
                        t.overdueOn(today) ? "逾期" : "", t.progressNote() == null ? "" : t.progressNote()});
            }
        }
        table(null, List.of("任务", "攻坚战", "责任人", "完成时限", "状态", "", "进展情况"),
                new float[] {270, 80, 90, 70, 50, 40, 170}, rows, "攻坚战任务(续)");
    }

    // ---- drawing ----

    /** Draws a picture scaled into the width (and at most the height); returns the height used (0 when none). */
    private float picture(String key, float x, float maxW, float maxH) throws IOException {
        BufferedImage img = pictures.get(key);
        if (img == null) {
            return 0;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(img, 0, 0, Color.WHITE, null);
        g.dispose();
        PDImageXObject x0 = JPEGFactory.createFromImage(doc, rgb, 0.88f);
        float scale = Math.min(maxW / img.getWidth(), maxH / img.getHeight());
        float w = img.getWidth() * scale;
        float h = img.getHeight() * scale;
        cs.drawImage(x0, x, y - h, w, h);
        cs.setStrokingColor(RULE);
        cs.addRect(x, y - h, w, h);
        cs.stroke();
        return h;
    }

    private void table(String section, List<String> heads, float[] widths, List<String[]> rows, String continued) throws IOException {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float scale = (PAGE.getWidth() - 2 * MARGIN) / total;
        float[] ws = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            ws[i] = widths[i] * scale;
        }
        float rowH = 13.5f;
        header(heads, ws, rowH);
        boolean shade = false;
        for (String[] r : rows) {
            if (y - rowH < MARGIN) {
                newPage(continued);
                header(heads, ws, rowH);
            }
            if (shade) {
                cs.setNonStrokingColor(new Color(0xf8fafc));
                cs.addRect(MARGIN, y - rowH, PAGE.getWidth() - 2 * MARGIN, rowH);
                cs.fill();
            }
            shade = !shade;
            float x = MARGIN;
            for (int c = 0; c < r.length; c++) {
                Color col = INK;
                if (section != null && c == r.length - 1) {
                    col = statusColor(r[c]);
                    cs.setNonStrokingColor(col);
                    cs.addRect(x + 2, y - rowH + 4, 6, 6);
                    cs.fill();
                    text(x + 11, y - rowH + 4, 8, col, fit(r[c], 8, ws[c] - 13));
                } else {
                    text(x + 3, y - rowH + 4, 8, col, fit(r[c], 8, ws[c] - 6));
                }
                x += ws[c];
            }
            y -= rowH;
        }
        cs.setStrokingColor(RULE);
        cs.moveTo(MARGIN, y);
        cs.lineTo(PAGE.getWidth() - MARGIN, y);
        cs.stroke();
    }

    private void header(List<String> heads, float[] ws, float rowH) throws IOException {
        cs.setNonStrokingColor(HEAD);
        cs.addRect(MARGIN, y - rowH, PAGE.getWidth() - 2 * MARGIN, rowH);
        cs.fill();
        float x = MARGIN;
        for (int c = 0; c < heads.size(); c++) {
            text(x + 3, y - rowH + 4, 8, INK, heads.get(c));
            x += ws[c];
        }
        y -= rowH;
    }

    private void rule(float at) throws IOException {
        cs.setStrokingColor(RULE);
        cs.moveTo(MARGIN, at);
        cs.lineTo(PAGE.getWidth() - MARGIN, at);
        cs.stroke();
    }

    private void text(float x, float baseline, float size, Color color, String s) throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(s));
        cs.endText();
    }

    /** Characters the font has no glyph for become a plain question mark instead of failing the whole briefing. */
    private String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(printable(s)) / 1000f * size;
    }

    private String fit(String s, float size, float max) throws IOException {
        if (width(s, size) <= max) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && width(t + "…", size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** Breaks Chinese text at any character to fit the width. */
    private List<String> wrap(String s, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            line.append(s.charAt(i));
            // a closing mark never starts a line (避头点): it may stand a little past the edge
            if (width(line.toString(), size) > max && "。,,;;::、))”!!??%".indexOf(s.charAt(i)) < 0) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(s.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Color color(Status s) {
        return switch (s) {
            case STRETCH_MET -> STRETCH;
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NO_DATA, NO_TARGET -> MISSING;
        };
    }

    private static Color statusColor(String label) {
        for (Status s : Status.values()) {
            if (StatusWords.of(s).equals(label)) {
                return color(s);
            }
        }
        return INK;
    }
}
