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
        if (t instanceof StoreException) {
            return t.getMessage();
        }
        return "出错了 / Error: " + t;
    }
}
