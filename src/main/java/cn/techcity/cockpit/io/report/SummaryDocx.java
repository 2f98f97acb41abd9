package cn.techcity.cockpit.io.report;

import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.FileException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The work summary as a Word document in the house style of 公文: 仿宋-like body with a first-line indent of two
 * characters, 黑体 headings, the progress lines in a smaller size. Fonts fall back to what the reader's Word has.
 */
public final class SummaryDocx {
    private SummaryDocx() {
    }

    public static void write(WorkSummary.Summary summary, Path file) {
        cn.techcity.cockpit.io.AtomicFile.write(file, "Word", out -> {
            try (XWPFDocument doc = document(summary)) {
                doc.write(out);
            }
        });
    }

    private static XWPFDocument document(WorkSummary.Summary summary) {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, "区科技城管理委员会" + summary.year() + "年工作总结(截至" + summary.month() + "月)", "黑体", 18, true);
        heading(doc, summary.title());
        for (WorkSummary.Part part : summary.parts()) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(640);
            p.setSpacingAfter(120);
            if (part.heading() != null) {
                String text = part.text();
                int end = text.indexOf('。');
                run(p, part.heading() + text.substring(0, end + 1), "黑体", 16, false);
                run(p, text.substring(end + 1), "仿宋", 16, false);
            } else {
                run(p, part.text(), "仿宋", 16, false);
            }
            for (String line : part.progress()) {
                XWPFParagraph l = doc.createParagraph();
                l.setIndentationLeft(640);
                run(l, "· " + line, "仿宋", 12, false);
            }
        }
        return doc;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, "黑体", 16, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
