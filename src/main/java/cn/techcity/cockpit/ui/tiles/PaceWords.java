package cn.techcity.cockpit.ui.tiles;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Pace;
import cn.techcity.cockpit.domain.Warnings;
import cn.techcity.cockpit.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 倒排 in words, as a tile's detail and 预警 say it: “后续月均需完成8.0亿元,为1—5月月均的0.9倍”, “按目前进度全年预计完成105.6%”,
 * and the same toward the 高线目标; “已完成全年目标” where it is met. Nothing where no pace means anything.
 */
public final class PaceWords {
    private PaceWords() {
    }

    /**
     * The pace of a tile's assessment: toward the target it shows and its 高线. Only for the year's own target: against
     * a phase's target (上半年) the tile's figures do not say where the year must end.
     */
    public static Warnings.YearPace of(Assessment a) {
        if (a.phaseLabel() != null || a.value() == null) {
            return Warnings.YearPace.NONE;
        }
        Optional<Pace> base = Pace.of(a.indicator(), a.month(), a.value(), a.target());
        Optional<Pace> stretch = a.stretch() == null ? Optional.empty() : Pace.of(a.indicator(), a.month(), a.value(), a.stretch());
        return new Warnings.YearPace(base, stretch);
    }

    /** The lines of a pace after {@code month}: the year's target first, then the 高线; empty where there is none. */
    public static List<String> lines(I18n i18n, Indicator indicator, int month, Warnings.YearPace pace) {
        List<String> out = new ArrayList<>();
        pace.base().ifPresent(p -> {
            if (p.met()) {
                out.add(i18n.t("pace.met"));
            } else {
                out.add(i18n.t("pace.line", need(i18n, indicator, month, p), p.projected().toPlainString()));
            }
        });
        pace.stretch().ifPresent(p -> out.add(p.met() ? i18n.t("pace.stretch-met")
                : i18n.t("pace.stretch", need(i18n, indicator, month, p))));
        return out;
    }

    /** “后续月均需完成8.0亿元,为1—5月月均的0.9倍”; without the multiple where nothing came yet. */
    static String need(I18n i18n, Indicator indicator, int month, Pace p) {
        String amount = p.perMonth().toPlainString() + indicator.unit();
        if (p.ratio() == null) {
            return i18n.t("pace.need-only", amount);
        }
        String range = month == 1 ? i18n.t("pace.range-one") : i18n.t("pace.range", Integer.toString(month));
        return i18n.t("pace.need", amount, range, p.ratio().toPlainString());
    }
}
