package cn.techcity.cockpit.session;

/** The clerk's sentence for a failure (the cockpit's own words; the cause is in the log, never H2's or Java's text). */
public final class Failures {
    private Failures() {
    }

    public static String message(Throwable e) {
        Throwable t = Work.unwrap(e);
        if (t instanceof RuntimeException && t.getClass().getName().startsWith("cn.techcity.cockpit.") && t.getMessage() != null) {
            return t.getMessage();      // the store's and the files' exceptions carry the clerk's sentence
        }
        if (t instanceof OutOfMemoryError) {
            return "出错了:内存不足,操作未完成(详情见日志)/ Out of memory: the operation did not complete (see the log)";
        }
        return "出错了,操作未完成(" + t.getClass().getSimpleName() + ",详情见日志)/ Something went wrong; the operation did not"
                + " complete (see the log)";
    }
}
