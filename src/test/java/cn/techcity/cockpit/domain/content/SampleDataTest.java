package cn.techcity.cockpit.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Mask;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDataTest {
    private final List<Indicator> indicators = DocumentContent.indicators();
    private final SampleData sample = SampleData.generate(indicators, 2026, 10, Instant.parse("2026-11-03T00:00:00Z"));

    @Test
    void figuresFollowTheMasksDigitPatternAtTheCutoff() {
        Map<String, Indicator> byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, i -> i));
        List<MonthlyFigure> atCutoff = sample.figures().stream().filter(f -> f.year() == 2026 && f.month() == 10).toList();
        assertThat(atCutoff).hasSize((int) indicators.stream().filter(i -> i.planYearOffset() == 0).count());
        for (MonthlyFigure f : atCutoff) {
            Indicator i = byCode.get(f.indicatorCode());
            BigDecimal v = f.value();
            assertThat(v.scale()).as(i.code()).isEqualTo(i.decimals());
            int digits = v.abs().setScale(0, java.math.RoundingMode.DOWN).toPlainString().length();
            assertThat(digits).as(i.code() + " " + v + " for mask " + i.mask()).isEqualTo(Mask.integerDigits(i.mask()));
        }
    }

    @Test
    void cumulativeFiguresNeverFallAndEverythingIsMarkedSample() {
        Map<String, List<MonthlyFigure>> series = sample.figures().stream().filter(f -> f.year() == 2026)
                .collect(Collectors.groupingBy(MonthlyFigure::indicatorCode));
        for (Indicator i : indicators) {
            if (!i.kind().cumulative() || i.planYearOffset() > 0) {
                continue;
            }
            List<MonthlyFigure> s = series.get(i.code()).stream().sorted(Comparator.comparingInt(MonthlyFigure::month)).toList();
            assertThat(s).hasSize(10);
            for (int m = 1; m < s.size(); m++) {
                assertThat(s.get(m).value()).as(i.code() + " month " + (m + 1)).isGreaterThanOrEqualTo(s.get(m - 1).value());
            }
        }
        assertThat(sample.figures()).allMatch(MonthlyFigure::sample);
        assertThat(sample.targets()).allMatch(Target::sample);
    }

    @Test
    void everyIndicatorGetsATargetAndTheSampleIsRepeatable() {
        assertThat(sample.targets().stream().map(Target::indicatorCode).distinct()).hasSameSizeAs(indicators);
        SampleData again = SampleData.generate(indicators, 2026, 10, Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(again.figures()).isEqualTo(sample.figures());
        assertThat(again.targets()).isEqualTo(sample.targets());
    }

    @Test
    void theDocumentsAheadOfTargetFiguresAreAheadInTheSample() {
        for (String code : DocumentContent.AHEAD_OF_TARGET) {
            BigDecimal value = sample.figures().stream().filter(f -> f.indicatorCode().equals(code) && f.year() == 2026 && f.month() == 10)
                    .findFirst().orElseThrow().value();
            BigDecimal target = sample.targets().stream().filter(t -> t.indicatorCode().equals(code) && t.year() == 2026)
                    .findFirst().orElseThrow().base();
            assertThat(value).as(code).isGreaterThan(target);
        }
    }
}
