package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class NumberInputTest {
    @Test
    void excelStyleNumbersAreNormalised() {
        assertThat(NumberInput.parse("１２３").value()).isEqualByComparingTo("123");
        assertThat(NumberInput.parse("1,234.5").value()).isEqualByComparingTo("1234.5");
        assertThat(NumberInput.parse(" 1，234．50 ").value()).isEqualByComparingTo("1234.5");
        assertThat(NumberInput.parse("－3.5").value()).isEqualByComparingTo("-3.5");
        assertThat(NumberInput.parse("+12.3%").value()).isEqualByComparingTo("12.3");
        assertThat(NumberInput.parse("+12.3%").percent()).isTrue();
        assertThat(NumberInput.parse(".5").value()).isEqualByComparingTo("0.5");
        assertThat(NumberInput.parse("").empty()).isTrue();
        assertThat(NumberInput.parse("  ").empty()).isTrue();
        assertThat(NumberInput.parse("—").empty()).as("our own missing mark clears").isTrue();
    }

    @Test
    void garbageIsRefusedWithAReason() {
        assertThat(NumberInput.parse("abc").error()).contains("不是数字").contains("abc");
        assertThat(NumberInput.parse("12.3.4").error()).contains("多个小数点");
        assertThat(NumberInput.parse("12,34").error()).contains("千分位");
        assertThat(NumberInput.parse("1.2,3").error()).contains("小数部分");
        assertThat(NumberInput.parse("1e5").error()).contains("不是数字");
        assertThat(NumberInput.parse("-").error()).contains("不是数字");
        assertThat(NumberInput.parse("45.6亿").error()).contains("不是数字");
    }

    /** Any way of writing a valid number parses to that number. */
    @Property
    void anyFormattingOfAValidNumberParsesToIt(@ForAll("formatted") Formatted f) {
        NumberInput.Parsed p = NumberInput.parse(f.text());
        assertThat(p.error()).as(f.text()).isNull();
        assertThat(p.value()).as(f.text()).isEqualByComparingTo(f.value());
    }

    record Formatted(BigDecimal value, String text) {
    }

    @Provide
    Arbitrary<Formatted> formatted() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(new BigDecimal("-9999999"), new BigDecimal("9999999")).ofScale(2);
        return Combinators.combine(values, Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of("", " ", "  ", "\u3000")).as((v, grouped, fullWidth, plus, pad) -> {
            String plain = v.abs().toPlainString();
            if (grouped) {
                String[] parts = plain.split("\\.");
                plain = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                        .format(new BigDecimal(parts[0])) + (parts.length > 1 ? "." + parts[1] : "");
            }
            String sign = v.signum() < 0 ? "-" : plus ? "+" : "";
            String text = sign + plain;
            if (fullWidth) {
                StringBuilder b = new StringBuilder();
                for (char c : text.toCharArray()) {
                    b.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c == ',' ? '，' : c == '-' ? '－' : c);
                }
                text = b.toString();
            }
            return new Formatted(v, pad + text + pad);
        });
    }

    /** Text with a letter in it is never a number, and the message quotes it. */
    @Property
    void garbageIsAlwaysRefused(@ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal v,
                                @ForAll("letters") String junk) {
        String text = v.toPlainString() + junk;
        NumberInput.Parsed p = NumberInput.parse(text);
        assertThat(p.ok()).as(text).isFalse();
        assertThat(p.error()).contains(text.strip());
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.strings().withChars("abcxyz亿元万个项#*/e").ofMinLength(1).ofMaxLength(4);
    }
}
