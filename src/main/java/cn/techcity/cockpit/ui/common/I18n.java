package cn.techcity.cockpit.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words: one bundle per language, Chinese by default. Document content (indicator names) stays Chinese. */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static I18n chinese() {
        return new I18n(Locale.SIMPLIFIED_CHINESE);
    }

    public static I18n english() {
        return new I18n(Locale.ENGLISH);
    }

    public static I18n of(String language) {
        return "en".equals(language) ? english() : chinese();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public String language() {
        return isEnglish() ? "en" : "zh";
    }

    public Locale locale() {
        return locale;
    }

    /** A sentence of the rules or the store (domain.Text) in this language. */
    public String t(cn.techcity.cockpit.domain.Text text) {
        return text.in(locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * A due date as the views write it: 3月31日 in the year shown, 2027年3月31日 in any other (a task of next year's
     * plan never reads as long past).
     */
    public String date(java.time.LocalDate d, int shownYear) {
        return t(d.getYear() == shownYear ? "date.same-year" : "date.other-year", Integer.toString(d.getYear()),
                d.getMonthValue(), d.getDayOfMonth());
    }

    /** A section's number as the document writes it: 一, 二, 三 … in Chinese, 1, 2, 3 … in English. */
    public String ordinal(int n) {
        String[] chinese = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return isEnglish() || n < 0 || n >= chinese.length ? Integer.toString(n) : chinese[n];
    }

    /** The text of {@code key}, with {0}, {1} … filled in; a missing key fails loudly. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key + " for " + locale, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
