package cn.techcity.cockpit.app;

/** A command line that cannot be carried out: exit code 2 and this message. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
