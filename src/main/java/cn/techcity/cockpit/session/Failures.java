package cn.techcity.cockpit.session;

import cn.techcity.cockpit.domain.Text;
import cn.techcity.cockpit.store.StoreException;
import java.util.Locale;

/**
 * The clerk's sentence for a failure: the cockpit's own words (the cause is in the log, never H2's or Java's text). The
 * command line prints both languages; a window shows its own.
 */
public final class Failures {
    private Failures() {
    }

    /** Both languages ("中文 / English"): the command line and the log. */
    public static String message(Throwable e) {
        Throwable t = Work.unwrap(e);
        if (own(t)) {
            return t.getMessage();
        }
        return generic(t).both();
    }

    /** In the window's language: the store's sentence from the bundles, another own sentence by its side of " / ". */
    public static String message(Throwable e, Locale locale) {
        Throwable t = Work.unwrap(e);
        if (t instanceof StoreException se && se.text() != null) {
            return se.text().in(locale);
        }
        if (!own(t)) {
            return generic(t).in(locale);
        }
        return side(t.getMessage(), "en".equals(locale.getLanguage()));
    }

    /**
     * One language of a sentence the files write as "中文 / English" (the store's come from the bundles): the part
     * before the first " / " is Chinese, the rest English.
     */
    static String side(String both, boolean english) {
        int cut = both.indexOf(" / ");
        if (cut < 0) {
            return both;
        }
        return english ? both.substring(cut + 3).strip() : both.substring(0, cut).strip();
    }

    /** The store's and the files' exceptions carry the clerk's sentence. */
    private static boolean own(Throwable t) {
        return t instanceof RuntimeException && t.getClass().getName().startsWith("cn.techcity.cockpit.") && t.getMessage() != null;
    }

    private static Text generic(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return Text.of("msg.out-of-memory");
        }
        return Text.of("msg.failed", t.getClass().getSimpleName());
    }
}
