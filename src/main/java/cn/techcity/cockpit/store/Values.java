package cn.techcity.cockpit.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Numbers as the store's writes compare them, write them into the audit rows, and bind them (null is no value). */
final class Values {
    private Values() {
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String text(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    static void setDecimal(PreparedStatement p, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DECIMAL);
        } else {
            p.setBigDecimal(i, v);
        }
    }
}
