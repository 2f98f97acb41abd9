package cn.techcity.cockpit.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for the clerk, by its key in the message bundles ({@code i18n/messages_*.properties}), with its values
 * (issue 14): the Chinese window shows it in Chinese only, the English window in English only, the command line both
 * ("中文 / English"). Values are given as text (a number as the clerk typed it), never formatted by the locale.
 */
public final class Text {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final String key;
    private final Object[] args;

    private Text(String key, Object[] args) {
        this.key = Objects.requireNonNull(key);
        this.args = args.clone();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    public String key() {
        return key;
    }

    /** The sentence in {@code locale} (Chinese unless English); a value that is itself a Text is put in that language. */
    public String in(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english ? ENGLISH : CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] values = Arrays.stream(args).map(a -> value(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    /** A value in {@code locale}: a Text in that language, a list as lines ("• …"), anything else as its text. */
    private static String value(Object a, Locale locale) {
        if (a instanceof Text t) {
            return t.in(locale);
        }
        if (a instanceof java.util.List<?> list) {
            return list.stream().map(x -> "• " + value(x, locale)).collect(java.util.stream.Collectors.joining("\n"));
        }
        return a == null ? "" : a.toString();
    }

    public String zh() {
        return in(CHINESE);
    }

    public String en() {
        return in(ENGLISH);
    }

    /** "中文 / English", for the command line and the log. */
    public String both() {
        String zh = zh();
        String en = en();
        return zh.equals(en) ? zh : zh + " / " + en;
    }

    @Override
    public String toString() {
        return both();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
