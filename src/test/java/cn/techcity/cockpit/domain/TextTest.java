package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' sentences come from the bundles: the Chinese window reads Chinese only, the English window English only,
 * the command line both (issue 14: not "“abc”不是数字 / not a number" in either window).
 */
class TextTest {
    private static final Pattern HAN = Pattern.compile("[\\u4e00-\\u9fff]");

    private static Indicator indicator() {
        return new Indicator("A3-01", "A3", 1, "规上工业增加值", "亿元", "xx.xx", 2, Direction.AT_LEAST, IndicatorKind.AMOUNT, false, 0);
    }

    @Test
    void aCellsProblemIsInOneLanguageInTheWindowAndInBothOnTheCommandLine() {
        List<CellCheck.Problem> p = CellCheck.check(indicator(), CellCheck.Field.FIGURE, NumberInput.parse("abc"), null, null);
        Text text = p.get(0).text();
        assertThat(text.zh()).isEqualTo("“abc”不是数字");
        assertThat(text.en()).isEqualTo("\"abc\" is not a number");
        assertThat(HAN.matcher(text.en()).find()).as("no Chinese in the English sentence").isFalse();
        assertThat(p.get(0).message()).isEqualTo("“abc”不是数字 / \"abc\" is not a number");
        Text decimals = CellCheck.check(indicator(), CellCheck.Field.FIGURE, NumberInput.parse("1.234"), null, null).get(0).text();
        assertThat(decimals.zh()).isEqualTo("小数位数超过精度:规上工业增加值 最多 2 位小数");
        assertThat(decimals.en()).startsWith("Too many decimals");
    }

    @Test
    void aValueIsPutInAsTypedNotFormattedByTheLocale() {
        Text t = CellCheck.check(indicator(), CellCheck.Field.FIGURE, NumberInput.parse("1200"), new BigDecimal("1234.5"), null).get(0).text();
        assertThat(t.zh()).contains("1234.5").doesNotContain("1,234");
        assertThat(t.en()).contains("1234.5");
    }

    @Test
    void aTextTooLongOrWithAControlCharacterSaysWhere() {
        assertThat(TextRules.problem("x".repeat(1001), TextRules.NOTE_MAX).zh()).isEqualTo("超过 1000 字(现有 1001 字)");
        assertThat(TextRules.problem("a\u0001b", TextRules.NOTE_MAX).en()).contains("character 2").contains("U+0001");
        assertThat(TextRules.problem("第一行\n第二行\t完", TextRules.NOTE_MAX)).as("line breaks and tabs are fine").isNull();
    }

    /**
     * Every sentence of both bundles fills all its places: an apostrophe (“battle's”) makes MessageFormat take the rest
     * as quoted text, and the clerk read “the battles plan year {1}”.
     */
    @Test
    void everySentenceFillsItsPlaces() throws Exception {
        for (String bundle : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = TextTest.class.getResourceAsStream("/i18n/" + bundle);
                 var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                String filled = new java.text.MessageFormat(pattern, java.util.Locale.ROOT)
                        .format(new Object[] {"a0", "a1", "a2", "a3", "a4", "a5", "a6"});
                assertThat(filled).as(bundle + " " + key + ": " + pattern).doesNotContainPattern("\\{\\d");
            }
        }
    }
}
