package cn.techcity.cockpit.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log (ADR 0011): {@code System.Logger} over java.util.logging, to {@code logs/cockpit-0.log} … {@code -4.log} in the
 * data folder, 1 MB each, the newest first. A clerk's console (and the packaged Windows app, which has none) gets the
 * sentences the cockpit writes for the clerk; the causes, with their stacks, go here. {@code -Dcockpit.log.dir} puts it
 * elsewhere (the tests: target/logs).
 */
final class Logs {
    private static final int LIMIT = 1_000_000;
    private static final int COUNT = 5;
    private static volatile Path installed;

    private Logs() {
    }

    /** Sends the JDK's and JavaFX's log records to the file instead of the console; returns the folder, or null. */
    static synchronized Path install() {
        if (installed != null) {
            return installed;
        }
        String dir = System.getProperty("cockpit.log.dir");
        Path folder = dir != null ? Path.of(dir) : AppPaths.defaultDatabase().getParent().resolve("logs");
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("cockpit-%g.log").toString(), LIMIT, COUNT, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new Line());
            file.setLevel(Level.INFO);
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.addHandler(file);
            root.setLevel(Level.INFO);
            installed = folder;
            return folder;
        } catch (IOException | SecurityException e) {
            // no log file (a read-only profile): the console keeps only the severe records
            for (Handler h : root.getHandlers()) {
                h.setLevel(Level.SEVERE);
            }
            return null;
        }
    }

    /** One line a record (time, level, source, message), then the stack when there is one. */
    static final class Line extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            b.append(LocalDateTime.ofInstant(r.getInstant(), ZoneId.systemDefault()).format(TIME)).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(" [")
                    .append(Thread.currentThread().getName()).append("] ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }
}
