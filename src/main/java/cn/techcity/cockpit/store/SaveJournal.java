package cn.techcity.cockpit.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An append-only journal of acknowledged saves beside the database ({@code cockpit.journal}). H2 2.x was seen to
 * lose its newest commits when the process is killed (KillTest, docs/reliability.md); every save is therefore also
 * written here, as the operation that made it and the data version it produced, before it is acknowledged. On open,
 * the operations the database lacks (version above its own) are replayed; after a clean close the journal is emptied.
 * One line per save: {@code J1 <version> <kind> <base64 payload> <crc32>}; a torn last line is ignored.
 */
final class SaveJournal implements AutoCloseable {
    /** A journaled save: the data version it produced, its kind and its encoded operation. */
    record Entry(long version, String kind, byte[] payload) {
    }

    private final Path file;
    private FileChannel channel;

    SaveJournal(Path dbFile) {
        String name = dbFile.getFileName().toString();
        this.file = dbFile.resolveSibling(name.substring(0, name.length() - Database.SUFFIX.length()) + ".journal");
    }

    Path file() {
        return file;
    }

    /** Appends a save; returns when the line is in the file (the OS holds it even if this process dies next). */
    void append(long version, String kind, byte[] payload) {
        String body = "J1 " + version + " " + kind + " " + Base64.getEncoder().encodeToString(payload);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        byte[] line = (body + " " + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new StoreException("无法写入保存日志 " + file + ":" + e.getMessage() + " / cannot write the save journal", e);
        }
    }

    /** The complete, checksummed entries, oldest first. */
    List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] p = line.split(" ");
                if (p.length != 5 || !p[0].equals("J1")) {
                    continue;
                }
                String body = String.join(" ", p[0], p[1], p[2], p[3]);
                CRC32 crc = new CRC32();
                crc.update(body.getBytes(StandardCharsets.US_ASCII));
                if (!Long.toHexString(crc.getValue()).equals(p[4])) {
                    continue;
                }
                out.add(new Entry(Long.parseLong(p[1]), p[2], Base64.getDecoder().decode(p[3])));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("无法读取保存日志 " + file + ":" + e.getMessage() + " / cannot read the save journal", e);
        }
        return out;
    }

    /** Empties the journal: after a clean close, everything in it is in the database. */
    void clear() {
        try {
            close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a journal left behind is harmless: its entries are at or below the database's version
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is best effort
            }
            channel = null;
        }
    }

    // ---- encoding of the operations ----

    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Writer string(String s) {
            try {
                out.writeBoolean(s != null);
                if (s != null) {
                    out.writeUTF(s);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Writer number(BigDecimal v) {
            return string(v == null ? null : v.toPlainString());
        }

        Writer integer(int v) {
            try {
                out.writeInt(v);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Writer flag(boolean b) {
            try {
                out.writeBoolean(b);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    static final class Reader {
        private final DataInputStream in;

        Reader(byte[] payload) {
            in = new DataInputStream(new ByteArrayInputStream(payload));
        }

        String string() {
            try {
                return in.readBoolean() ? in.readUTF() : null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        BigDecimal number() {
            String s = string();
            return s == null ? null : new BigDecimal(s);
        }

        int integer() {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean flag() {
            try {
                return in.readBoolean();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
