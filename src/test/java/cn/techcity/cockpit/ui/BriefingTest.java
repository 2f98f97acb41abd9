package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.ui.app.Briefing;
import cn.techcity.cockpit.ui.app.Snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.store.CockpitStore;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF briefing, headless: A4 landscape, Chinese embedded as searchable text, the headline figures on it. */
class BriefingTest {
    @TempDir
    Path dir;

    @Test
    void theBriefingCarriesTheHeadlineFiguresAsText() throws Exception {
        Snapshots.useHeadlessToolkit();
        CockpitData data;
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
        Path pdf = dir.resolve("简报.pdf");
        Briefing.write(data, 10, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("cover, five areas, battles (tables may continue)").isBetween(7, 14);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4 landscape").isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getResources().getXObjectNames()).as("the overview's picture").isNotEmpty();
            PDFont font = first.getResources().getFont(first.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            for (String code : DocumentContent.headlineCodes()) {
                Indicator i = data.indicator(code).orElseThrow();
                assertThat(cover).contains(i.name(), ValueFormat.withUnit(data.assess(i, 10).value(), i));
            }
            assertThat(cover).contains("数据截至2026年10月", "含示例数据");
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages());
            String all = stripper.getText(doc);
            assertThat(all).contains("(一)科创平台展开新篇章", "(五)发展要素实现新跨越", "攻坚战(2027年)",
                    "规上工业增加值", "超序时进度");
        }
    }
}
