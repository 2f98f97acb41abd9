package cn.techcity.cockpit.domain;

import java.util.regex.Pattern;

/**
 * The document hides proper names as well as figures (xx实验室, x山公园, B-xx中学, 大唐xG): a name with such a mask is
 * still to be completed by the committee (待完善名称).
 */
public final class Names {
    /** A run of lower-case x that is not part of a Latin word: the document's mask. */
    private static final Pattern MASK = Pattern.compile("(?<![a-wyz])x+(?![a-wyz])");

    private Names() {
    }

    public static boolean masked(String name) {
        return name != null && MASK.matcher(name).find();
    }
}
