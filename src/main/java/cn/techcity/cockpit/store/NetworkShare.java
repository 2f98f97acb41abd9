package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * An embedded H2 file on a network share is refused: two PCs opening it corrupt it (H2's file lock does not hold over
 * SMB or NFS), and a dropped connection mid-write loses it. Detected: UNC paths (\\server\share, //server/share), a
 * Windows drive letter mapped to a share ({@code net use}), and network file systems on Linux and macOS.
 */
final class NetworkShare {
    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afs", "9p",
            "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "webdav", "ncpfs", "glusterfs", "ceph", "fuse.rclone");

    private NetworkShare() {
    }

    static void refuse(Path file) {
        Object why = why(file);
        if (why != null) {
            refuse(file.toString(), why);
        }
    }

    /** A path as typed: \\server\share or //server/share (a Unix path would collapse the second slash). */
    static boolean unc(String typed) {
        return typed.startsWith("\\\\") || typed.startsWith("//");
    }

    /** Refuses {@code file}; {@code why} is "UNC", the file system's name, or a {@link Text} (a mapped drive). */
    static void refuse(String file, Object why) {
        throw new StoreException(Text.of("store.network-share", why, file));
    }

    /**
     * Why the path is on a network share ("UNC", the network file system's name, or a {@link Text} for a mapped drive), or
     * null when it is local.
     */
    static Object why(Path file) {
        if (unc(file.toString())) {
            return "UNC";
        }
        Path root = file.toAbsolutePath().getRoot();
        String rootText = root == null ? "" : root.toString();
        if (rootText.startsWith("\\\\")) {
            return "UNC";
        }
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null) {
            try {
                FileStore store = Files.getFileStore(existing);
                String type = store.type() == null ? "" : store.type().toLowerCase(Locale.ROOT);
                if (NETWORK_TYPES.contains(type)) {
                    return type;
                }
            } catch (IOException ignored) {
                // unknown: treated as local
            }
        }
        if (isWindows() && rootText.matches("(?i)[A-Z]:\\\\")) {
            String drive = rootText.substring(0, 2).toUpperCase(Locale.ROOT);
            String system = System.getenv().getOrDefault("SystemDrive", "C:").toUpperCase(Locale.ROOT);
            if (!drive.equals(system) && mappedDrives(netUse()).contains(drive)) {
                return Text.of("store.mapped-drive", drive);
            }
        }
        return null;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The drive letters {@code net use} lists as connected to a share ("OK  Z:  \\server\share  ..."). */
    static Set<String> mappedDrives(String netUseOutput) {
        java.util.Set<String> drives = new java.util.TreeSet<>();
        for (String line : netUseOutput.split("\\R")) {
            var m = java.util.regex.Pattern.compile("(?i)(?:^|\\s)([A-Z]:)\\s+\\\\\\\\").matcher(line);
            if (m.find()) {
                drives.add(m.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return drives;
    }

    private static String netUse() {
        try {
            Process p = new ProcessBuilder("net", "use").redirectErrorStream(true).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
