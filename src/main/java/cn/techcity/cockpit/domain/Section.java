package cn.techcity.cockpit.domain;

import java.util.Objects;

/**
 * A part of the document: the headline paragraph, one of the five work areas (一、工作总结 (一)–(五)) or one of the
 * four battles (二、工作思路 (一)–(四)).
 *
 * @param subtitle the leap a battle aims at (放大科研输出力 …); null for areas
 */
public record Section(String code, SectionKind kind, int ord, String title, String subtitle) {
    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
