package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The journal of acknowledged saves beside the database ({@code cockpit.journal}), and the one place that knows its
 * layout. With the database's base copy it is the truth of an embedded store (ADR 0006, ADR 0010): every save is
 * appended here, forced to the disk, before it is acknowledged; after an unclean end the database is rebuilt from the
 * base by replaying the entries above the base's version. One line per save:
 * {@code J1 <version> <kind> <base64 payload> <crc32>}. A line that fails its checksum is a save torn by a kill, never
 * acknowledged; a failed append is cut off again.
 */
final class SaveJournal implements AutoCloseable {
    /** A journaled save: the data version it produced, its kind and its encoded operation. */
    record Entry(long version, String kind, byte[] payload) {
    }

    private final Path file;
    private FileChannel channel;

    SaveJournal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * Appends a save and forces it to the disk; returns when it survives a kill and a power cut. A failure (a full
     * disk) cuts the file back to where it was and throws: then the save is not acknowledged.
     */
    void append(long version, Op op) {
        String body = "J1 " + version + " " + op.kind() + " " + Base64.getEncoder().encodeToString(encode(op));
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        byte[] line = (body + " " + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.US_ASCII);
        long before = -1;
        try {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                channel.position(channel.size());
            }
            before = channel.position();
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            if (before >= 0) {
                try {
                    channel.truncate(before);
                    channel.position(before);
                    channel.force(false);
                } catch (IOException stillFailing) {
                    close();   // reopened at the next append; a torn tail is cut at the next read
                }
            }
            throw new JournalException(e);
        }
    }

    /** The journal could not be written: the save is not acknowledged. */
    static final class JournalException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Text reason;

        JournalException(IOException cause) {
            this(StoreFiles.reason(cause), cause);
        }

        private JournalException(Text reason, IOException cause) {
            super(reason.both(), cause);
            this.reason = reason;
        }

        /** Why it could not be written (a full disk, no permission, the system's words). */
        Text reason() {
            return reason;
        }
    }

    /**
     * What the journal holds: its complete, checksummed entries, oldest first, and the number (1-based) of the first
     * complete line that fails its checksum (damaged after it was written: a save may be missing), else 0. The last line
     * without its line break is a save a kill tore while it was written: never acknowledged, not counted as damage.
     */
    record Contents(List<Entry> entries, int damagedLine) {
    }

    Contents contents() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Contents(out, 0);
        }
        String all;
        try {
            all = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new StoreException(Text.of("store.journal-unreadable", file, StoreFiles.reason(e)), e);
        }
        int damaged = 0;
        int n = 0;
        int start = 0;
        for (int end = all.indexOf('\n'); end >= 0; start = end + 1, end = all.indexOf('\n', start)) {
            n++;
            Entry e = parse(all.substring(start, end));
            if (e != null) {
                out.add(e);
            } else if (damaged == 0) {
                damaged = n;
            }
        }
        return new Contents(out, damaged);
    }

    /** The entries (see {@link #contents}). */
    List<Entry> read() {
        return contents().entries();
    }

    private static Entry parse(String line) {
        String[] p = line.split(" ");
        if (p.length != 5 || !p[0].equals("J1")) {
            return null;
        }
        String body = String.join(" ", p[0], p[1], p[2], p[3]);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.ISO_8859_1));
        if (!Long.toHexString(crc.getValue()).equals(p[4])) {
            return null;
        }
        try {
            return new Entry(Long.parseLong(p[1]), p[2], Base64.getDecoder().decode(p[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The newest version the journal acknowledged, or -1. */
    long lastVersion() {
        List<Entry> all = read();
        return all.isEmpty() ? -1 : all.get(all.size() - 1).version();
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

    // ---- the operations a journal line holds ----

    /** A save as the journal keeps it: enough to do it again on the base copy. */
    sealed interface Op {
        String kind();

        String who();
    }

    record Edits(String who, List<FigureEdit> figures, List<TargetEdit> targets) implements Op {
        public String kind() { return "edits"; }
    }

    record Import(String who, List<FigureEdit> figures, List<TargetEdit> targets, List<TaskEdit> tasks) implements Op {
        public String kind() { return "import"; }
    }

    record Tasks(String who, List<TaskEdit> tasks) implements Op {
        public String kind() { return "tasks"; }
    }

    record Registry(String who, List<ProjectEdit> projects, List<ScoreEdit> scores) implements Op {
        public String kind() { return "registry"; }
    }

    record TaskStatusChange(String who, String task, TaskStatus status, String note) implements Op {
        public String kind() { return "task-status"; }
    }

    record TargetSet(String who, String indicator, int year, BigDecimal base, BigDecimal stretch) implements Op {
        public String kind() { return "target"; }
    }

    record ClearSample(String who) implements Op {
        public String kind() { return "clear-sample"; }
    }

    /** Figures written whole (tools and benchmarks that build big stores). */
    record Figures(String who, List<MonthlyFigure> figures) implements Op {
        public String kind() { return "figures"; }
    }

    record AccountAdd(String who, String name, String role, String salt, String hash, int iterations) implements Op {
        public String kind() { return "account-add"; }
    }

    record AccountPassword(String who, String name, String salt, String hash, int iterations) implements Op {
        public String kind() { return "account-password"; }
    }

    record AccountDisable(String who, String name) implements Op {
        public String kind() { return "account-disable"; }
    }

    /** A checked change of the structure: the items as they are to be stored (new ones with their codes). */
    record Structure(String who, List<cn.techcity.cockpit.domain.StructureItem> items) implements Op {
        public String kind() { return "structure"; }
    }

    /** An import that changes the structure as well: all of it in one transaction. */
    record ImportStructure(String who, List<FigureEdit> figures, List<TargetEdit> targets, List<TaskEdit> tasks,
                           List<cn.techcity.cockpit.domain.StructureItem> items) implements Op {
        public String kind() { return "import-structure"; }
    }

    /** The turn of the reporting year to {@code year}. */
    record StartYear(String who, int year) implements Op {
        public String kind() { return "start-year"; }
    }

    static byte[] encode(Op op) {
        Writer w = new Writer().string(op.who());
        switch (op) {
            case Edits e -> edits(w, e.figures(), e.targets());
            case Import i -> tasks(edits(w, i.figures(), i.targets()), i.tasks());
            case Tasks t -> tasks(w, t.tasks());
            case Registry r -> {
                w.integer(r.projects().size());
                for (ProjectEdit e : r.projects()) {
                    w.string(e.code()).string(e.stage().name()).string(e.buildType() == null ? null : e.buildType().name())
                            .number(e.planned()).number(e.completed());
                }
                w.integer(r.scores().size());
                for (ScoreEdit e : r.scores()) {
                    w.string(e.taskForceCode()).integer(e.year()).integer(e.period()).number(e.score());
                }
            }
            case TaskStatusChange s -> w.string(s.task()).string(s.status().name()).string(s.note());
            case TargetSet t -> w.string(t.indicator()).integer(t.year()).number(t.base()).number(t.stretch());
            case ClearSample c -> { }
            case Figures f -> {
                w.integer(f.figures().size());
                for (MonthlyFigure m : f.figures()) {
                    w.string(m.indicatorCode()).integer(m.year()).integer(m.month()).number(m.value()).number(m.reportedGrowth())
                            .string(m.note()).string(m.revision().name()).string(m.enteredBy()).string(m.enteredAt().toString())
                            .flag(m.sample());
                }
            }
            case AccountAdd a -> w.string(a.name()).string(a.role()).string(a.salt()).string(a.hash()).integer(a.iterations());
            case AccountPassword a -> w.string(a.name()).string(a.salt()).string(a.hash()).integer(a.iterations());
            case AccountDisable a -> w.string(a.name());
            case ImportStructure is -> structureItems(tasks(edits(w, is.figures(), is.targets()), is.tasks()), is.items());
            case Structure st -> structureItems(w, st.items());
            case StartYear y -> w.integer(y.year());
        }
        return w.bytes();
    }

    private static void structureItems(Writer w, List<cn.techcity.cockpit.domain.StructureItem> items) {
        {
            {
                w.integer(items.size());
                for (var i : items) {
                    w.string(i.code()).string(i.kind().name()).string(i.name()).string(i.parent()).integer(i.ord())
                            .string(str(i.fromYear())).string(str(i.retiredFrom())).string(i.unit()).string(str(i.decimals()))
                            .string(i.direction() == null ? null : i.direction().name())
                            .string(i.indicatorKind() == null ? null : i.indicatorKind().name()).flag(i.headline())
                            .string(str(i.start())).string(str(i.due())).string(str(i.month())).string(i.link()).string(i.phases());
                }
            }
        }
    }

    /** The operation of an entry; replayed without the optimistic version check (it passed when the save was made). */
    static Op decode(Entry e) {
        Reader r = new Reader(e.payload());
        String who = r.string();
        return switch (e.kind()) {
            case "edits" -> new Edits(who, figureEdits(r), targetEdits(r));
            case "import" -> new Import(who, figureEdits(r), targetEdits(r), taskEdits(r));
            case "tasks" -> new Tasks(who, taskEdits(r));
            case "registry" -> {
                List<ProjectEdit> projects = new ArrayList<>();
                for (int i = r.integer(); i > 0; i--) {
                    String code = r.string();
                    ProjectStage stage = ProjectStage.valueOf(r.string());
                    String type = r.string();
                    projects.add(new ProjectEdit(code, stage, type == null ? null : BuildType.valueOf(type), r.number(), r.number(),
                            FigureEdit.ANY_VERSION));
                }
                List<ScoreEdit> scores = new ArrayList<>();
                for (int i = r.integer(); i > 0; i--) {
                    scores.add(new ScoreEdit(r.string(), r.integer(), r.integer(), r.number(), FigureEdit.ANY_VERSION));
                }
                yield new Registry(who, projects, scores);
            }
            case "task-status" -> new TaskStatusChange(who, r.string(), TaskStatus.valueOf(r.string()), r.string());
            case "target" -> new TargetSet(who, r.string(), r.integer(), r.number(), r.number());
            case "clear-sample" -> new ClearSample(who);
            case "figures" -> {
                List<MonthlyFigure> figures = new ArrayList<>();
                for (int i = r.integer(); i > 0; i--) {
                    figures.add(new MonthlyFigure(r.string(), r.integer(), r.integer(), r.number(), r.number(), r.string(),
                            Revision.valueOf(r.string()), r.string(), Instant.parse(r.string()), r.flag()));
                }
                yield new Figures(who, figures);
            }
            case "account-add" -> new AccountAdd(who, r.string(), r.string(), r.string(), r.string(), r.integer());
            case "account-password" -> new AccountPassword(who, r.string(), r.string(), r.string(), r.integer());
            case "account-disable" -> new AccountDisable(who, r.string());
            case "import-structure" -> new ImportStructure(who, figureEdits(r), targetEdits(r), taskEdits(r), structureItems(r));
            case "structure" -> new Structure(who, structureItems(r));
            case "start-year" -> new StartYear(who, r.integer());
            default -> throw new StoreException(Text.of("store.journal-unknown-op", e.kind()));
        };
    }

    private static List<cn.techcity.cockpit.domain.StructureItem> structureItems(Reader r) {
        {
            {
                List<cn.techcity.cockpit.domain.StructureItem> items = new ArrayList<>();
                for (int i = r.integer(); i > 0; i--) {
                    String code = r.string();
                    var kind = cn.techcity.cockpit.domain.StructureKind.valueOf(r.string());
                    String name = r.string();
                    String parent = r.string();
                    int ord = r.integer();
                    Integer from = integer(r.string());
                    Integer retired = integer(r.string());
                    String unit = r.string();
                    Integer decimals = integer(r.string());
                    String direction = r.string();
                    String indicatorKind = r.string();
                    boolean headline = r.flag();
                    String start = r.string();
                    String due = r.string();
                    Integer month = integer(r.string());
                    String link = r.string();
                    String phases = r.string();
                    items.add(new cn.techcity.cockpit.domain.StructureItem(code, kind, name, parent, ord, from, retired, unit,
                            decimals, direction == null ? null : cn.techcity.cockpit.domain.Direction.valueOf(direction),
                            indicatorKind == null ? null : cn.techcity.cockpit.domain.IndicatorKind.valueOf(indicatorKind),
                            headline, start == null ? null : LocalDate.parse(start), due == null ? null : LocalDate.parse(due), month,
                            link, phases));
                }
                return items;
            }
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Writer edits(Writer w, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits) {
        w.integer(figureEdits.size());
        for (FigureEdit e : figureEdits) {
            w.string(e.indicatorCode()).integer(e.year()).integer(e.month()).flag(e.setValue()).number(e.value())
                    .flag(e.setGrowth()).number(e.growth()).flag(e.setNote()).string(e.note());
        }
        w.integer(targetEdits.size());
        for (TargetEdit e : targetEdits) {
            w.string(e.indicatorCode()).integer(e.year()).flag(e.setBase()).number(e.base()).flag(e.setStretch()).number(e.stretch());
        }
        return w;
    }

    private static Writer tasks(Writer w, List<TaskEdit> edits) {
        w.integer(edits.size());
        for (TaskEdit e : edits) {
            w.string(e.code()).string(e.owner()).string(e.due() == null ? null : e.due().toString()).string(e.status().name())
                    .string(e.note());
        }
        return w;
    }

    private static List<FigureEdit> figureEdits(Reader r) {
        List<FigureEdit> figures = new ArrayList<>();
        for (int i = r.integer(); i > 0; i--) {
            figures.add(new FigureEdit(r.string(), r.integer(), r.integer(), r.flag(), r.number(), r.flag(), r.number(),
                    r.flag(), r.string(), FigureEdit.ANY_VERSION));
        }
        return figures;
    }

    private static List<TargetEdit> targetEdits(Reader r) {
        List<TargetEdit> targets = new ArrayList<>();
        for (int i = r.integer(); i > 0; i--) {
            targets.add(new TargetEdit(r.string(), r.integer(), r.flag(), r.number(), r.flag(), r.number(), FigureEdit.ANY_VERSION));
        }
        return targets;
    }

    private static List<TaskEdit> taskEdits(Reader r) {
        List<TaskEdit> tasks = new ArrayList<>();
        for (int i = r.integer(); i > 0; i--) {
            String code = r.string();
            String owner = r.string();
            String due = r.string();
            tasks.add(new TaskEdit(code, owner, due == null ? null : LocalDate.parse(due), TaskStatus.valueOf(r.string()),
                    r.string(), FigureEdit.ANY_VERSION));
        }
        return tasks;
    }

    // ---- the bytes of a payload ----

    private static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Writer string(String s) {
            try {
                out.writeBoolean(s != null);
                if (s != null) {
                    out.writeUTF(s);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Writer flag(boolean b) {
            try {
                out.writeBoolean(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    private static final class Reader {
        private final DataInputStream in;

        Reader(byte[] payload) {
            in = new DataInputStream(new ByteArrayInputStream(payload));
        }

        String string() {
            try {
                return in.readBoolean() ? in.readUTF() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
                throw new UncheckedIOException(e);
            }
        }

        boolean flag() {
            try {
                return in.readBoolean();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
