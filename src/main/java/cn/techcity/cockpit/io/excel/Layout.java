package cn.techcity.cockpit.io.excel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbook clerks use: sheet names and column headings, shared by the export and the import so that what one
 * writes the other reads. Headings are matched without blanks or line breaks, so a department may retype them.
 */
final class Layout {
    static final String FIGURES = "月度数据";
    static final String TARGETS = "目标";
    static final String TASKS = "任务";
    /** A hidden sheet: when the workbook was exported, so that an import can tell a value saved since then. */
    static final String EXPORT_INFO = "_导出信息";
    static final String EXPORTED_AT = "导出时间";

    static final String CODE = "编码";
    static final String NAME = "指标";
    static final String UNIT = "单位";
    static final String YEAR = "年份";
    static final String BASE = "目标";
    static final String STRETCH = "高线目标";

    static final String TASK_BATTLE = "攻坚战";
    static final String TASK_TITLE = "任务";
    static final String TASK_OWNER = "责任人";
    static final String TASK_DUE = "完成时限";
    static final String TASK_STATUS = "状态";
    static final String TASK_NOTE = "进展情况";

    /** The committee's structure (issue 15): one row per named item. */
    static final String STRUCTURE = "结构";
    static final String S_KIND = "类型";
    static final String S_NAME = "名称";
    static final String S_PARENT = "所属";
    static final String S_PARENT_NAME = "所属名称";
    static final String S_STATUS = "状态";
    static final String S_ORD = "序号";
    static final String S_DECIMALS = "小数位";
    static final String S_DIRECTION = "方向";
    static final String S_INDICATOR_KIND = "类别";
    static final String S_START = "开始日期";
    static final String S_DUE = "到期日";
    static final String S_MONTH = "月份";
    static final String S_HEADLINE = "主要指标";
    static final String S_LINK = "关联指标";
    static final String S_PHASES = "阶段目标";
    static final String IN_USE = "在用";
    static final String RETIRED = "停用";

    /** The words of an indicator's kind in the 结构 sheet. */
    static String kindWord(cn.techcity.cockpit.domain.IndicatorKind k) {
        return switch (k) {
            case AMOUNT -> "累计金额";
            case COUNT -> "累计数量";
            case GROWTH_RATE -> "增长率";
            case LEVEL -> "水平值";
        };
    }

    static java.util.Optional<cn.techcity.cockpit.domain.IndicatorKind> kindOf(String word) {
        for (var k : cn.techcity.cockpit.domain.IndicatorKind.values()) {
            if (kindWord(k).equals(word) || k.name().equalsIgnoreCase(word)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<cn.techcity.cockpit.domain.Direction> directionOf(String word) {
        for (var d : cn.techcity.cockpit.domain.Direction.values()) {
            if (d.chinese().equals(word) || d.name().equalsIgnoreCase(word)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** The rows above the header: a title row, then the header. */
    static final int HEADER_ROW = 1;

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})月(?:累计)?");
    private static final Pattern GROWTH = Pattern.compile("(\\d{1,2})月同比(?:增长)?(?:\\(%\\)|%)?");
    private static final Pattern NOTE = Pattern.compile("(\\d{1,2})月备注");

    private Layout() {
    }

    static String month(int m) {
        return m + "月";
    }

    static String growth(int m) {
        return m + "月同比(%)";
    }

    static String note(int m) {
        return m + "月备注";
    }

    /** A heading as compared: blanks, line breaks and full-width brackets normalised. */
    static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        return heading.replaceAll("[\\s\\u3000]", "").replace('\uFF08', '(').replace('\uFF09', ')').toLowerCase(Locale.ROOT);
    }

    /** 1..12 when the heading is a month's column ("10月", "10月累计"), else 0. */
    static int monthOf(String normalised) {
        Matcher m = MONTH.matcher(normalised);
        return m.matches() ? valid(m.group(1)) : 0;
    }

    static int growthMonthOf(String normalised) {
        Matcher m = GROWTH.matcher(normalised);
        if (!m.matches()) {
            return 0;
        }
        return valid(m.group(1));
    }

    static int noteMonthOf(String normalised) {
        Matcher m = NOTE.matcher(normalised);
        return m.matches() ? valid(m.group(1)) : 0;
    }

    private static int valid(String digits) {
        int m = Integer.parseInt(digits);
        return m >= 1 && m <= 12 ? m : 0;
    }

    /** "A", "B", … "AA": the column letters Excel shows. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
