package cn.techcity.cockpit.domain;

import java.util.Objects;

/**
 * A part of the document: the headline paragraph, one of the five work areas (一、工作总结 (一)–(五)) or one of the
 * four battles (二、工作思路 (一)–(四)).
 *
 * @param subtitle the leap a battle aims at (放大科研输出力 …); null for areas
 * @param planYear the year a battle's plan is for (its tasks' due dates, its targets); null for areas
 * @param retiredFrom the first year it is no longer shown; null: in use
 */
public record Section(String code, SectionKind kind, int ord, String title, String subtitle, Integer planYear,
                      Integer retiredFrom) {
    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }

    /** A section of the document's first year: a battle's plan year is set when it is stored. */
    public Section(String code, SectionKind kind, int ord, String title, String subtitle) {
        this(code, kind, ord, title, subtitle, null, null);
    }

    public Section withPlanYear(Integer year) {
        return new Section(code, kind, ord, title, subtitle, year, retiredFrom);
    }
}
