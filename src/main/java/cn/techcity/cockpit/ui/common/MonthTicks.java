package cn.techcity.cockpit.ui.common;

import javafx.util.StringConverter;

/** The month axis of a chart over 1..12: whole month numbers, no decimals (the desk's charts and the wall's). */
public final class MonthTicks extends StringConverter<Number> {
    @Override
    public String toString(Number n) {
        return Integer.toString(n.intValue());
    }

    @Override
    public Number fromString(String s) {
        return Integer.valueOf(s.strip());
    }
}
