package cn.techcity.cockpit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its target and moves it into place: the target appears whole or not at all, and a file that
 * is open in Excel, Word or a PDF reader (Windows refuses the move) keeps its old content and gets a clear message.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * @param openIn the program a clerk may have the file open in (Excel, Word, 阅读器), for the message
     * @throws FileException when it cannot be written
     */
    public static void write(Path file, String openIn, Content content) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            String name = file.getFileName().toString();
            tmp = Files.createTempFile(dir, ".cockpit-", name.substring(Math.max(0, name.lastIndexOf('.'))));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new FileException("无法写入 " + file + ":文件被占用(可能正在" + openIn + "中打开)或没有权限,请关闭后重试"
                    + " / cannot write the file: it is open in another program or not writable", e);
        } catch (IOException e) {
            throw new FileException("无法写入 " + file + ":" + e.getMessage() + " / cannot write the file", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }
}
