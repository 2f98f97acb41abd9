package cn.techcity.cockpit.io;

/** A workbook, document or PDF that cannot be written or read at all; the message is for the clerk, Chinese first. */
public final class FileException extends RuntimeException {
    public FileException(String message, Throwable cause) {
        super(message, cause);
    }
}
