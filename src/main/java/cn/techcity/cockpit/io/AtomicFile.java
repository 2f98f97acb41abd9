package cn.techcity.cockpit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file beside its target and moves it into place: the target appears whole or not at all, and a file that
 * is open in Excel, Word or a PDF reader (Windows refuses the move) keeps its old content and gets a clear message.
 * The new file gets the user's normal permissions (not a temporary file's 0600); a read-only target is not replaced.
 * The file beside it has a fixed name ({@code .NAME.cockpit-tmp}): one a kill left behind is removed by the next write.
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
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new FileException("无法写入 " + file + ":这是一个文件夹,请给出文件名 / cannot write: this is a folder, give a file name", null);
        }
        if (Files.exists(target) && readOnly(target)) {
            throw new FileException("无法写入 " + file + ":文件是只读的,未被替换;请换一个文件名或取消只读 / the file is read-only and was"
                    + " not replaced", null);
        }
        Path tmp = dir.resolve("." + target.getFileName() + ".cockpit-tmp");
        Recording recording = null;
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 Recording out = new Recording(Channels.newOutputStream(ch))) {
                recording = out;
                content.write(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new FileException("无法写入 " + file + ":文件被占用(可能正在" + openIn + "中打开)或没有权限,请关闭后重试"
                    + " / cannot write the file: it is open in another program or not writable", e);
        } catch (IOException e) {
            throw new FileException("无法写入 " + file + ":" + reason(e) + " / cannot write the file: " + reasonEn(e), e);
        } catch (RuntimeException e) {
            IOException io = recording != null && recording.failure != null ? recording.failure : ioCause(e);
            if (io == null) {
                throw e;
            }
            throw new FileException("无法写入 " + file + ":" + reason(io) + " / cannot write the file: " + reasonEn(io), e);
        } catch (OutOfMemoryError e) {
            throw new FileException("无法写入 " + file + ":内存不足 / cannot write the file: out of memory", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // removed by the next write of the same file
                }
            }
        }
    }

    /**
     * Remembers the write that failed: POI logs the I/O failure of a full disk and throws its own exception without it,
     * so the clerk would read "Fail to save" instead of "the disk is full".
     */
    private static final class Recording extends java.io.FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** A file marked read-only (its owner may not write it; Windows' read-only attribute), also for an administrator. */
    private static boolean readOnly(Path file) {
        try {
            var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            if (dos != null) {
                return dos.readAttributes().isReadOnly();
            }
        } catch (IOException e) {
            // fall through
        }
        return !Files.isWritable(file);
    }

    /** The I/O failure inside a library's runtime exception (POI, PDFBox wrap it), or null. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? "" : e.getMessage();
    }

    static boolean diskFull(IOException e) {
        String m = message(e);
        return m.contains("No space left") || m.contains("not enough space") || m.contains("There is not enough space");
    }

    private static String reason(IOException e) {
        if (diskFull(e)) {
            return "磁盘空间不足,请释放空间后重试";
        }
        if (message(e).contains("Read-only file system")) {
            return "所在磁盘是只读的";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "系统拒绝写入(" + f.getReason() + ")";
        }
        return "写入出错(" + e.getClass().getSimpleName() + ")";
    }

    private static String reasonEn(IOException e) {
        if (diskFull(e)) {
            return "the disk is full";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }
}
