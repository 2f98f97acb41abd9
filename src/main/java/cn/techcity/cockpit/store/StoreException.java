package cn.techcity.cockpit.store;

/** A store failure with a message a clerk can act on: Chinese first, then English. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /** The clerk-facing message of any failure: the store's own words when it has them. */
    public static String userMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof StoreException || t instanceof RuntimeException && t.getClass().getName().startsWith("cn.techcity.cockpit.")) {
            // the cockpit's own exceptions (store, files) carry the clerk's sentence
            return t.getMessage();
        }
        System.getLogger(StoreException.class.getName()).log(System.Logger.Level.ERROR, "unexpected failure", t);
        if (t instanceof OutOfMemoryError) {
            return "出错了:内存不足,操作未完成(详情见日志)/ Out of memory: the operation did not complete (see the log)";
        }
        return "出错了,操作未完成(" + t.getClass().getSimpleName() + ",详情见日志)/ Something went wrong; the operation did not"
                + " complete (see the log)";
    }
}
