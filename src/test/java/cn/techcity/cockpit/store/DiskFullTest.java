package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk (issue 13): the database on a small tmpfs, its free space stepped from well below to above what an
 * import of about 9,500 values needs. Exit 0 must mean the new state; any other exit the old state and a message
 * that says nothing was written; never a mix, never a stack trace. The same for --export, --summary --out and --report
 * onto a full disk. Needs root and tmpfs (this machine kind, CI); skipped with a message where mount is refused.
 */
class DiskFullTest {
    static final int STEPS = Integer.getInteger("diskfull.steps", 7);

    @TempDir
    Path dir;

    private static boolean mount(Path at, long bytes) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static void umount(Path at) throws Exception {
        Process p = new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    record Run(int exit, String out, String err) {
    }

    /** The real command line in a child JVM (its messages are what a clerk reads). */
    private Run cockpit(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dcockpit.log.dir=" + dir.resolve("logs"),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "cn.techcity.cockpit.app.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static long used(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            long sum = 0;
            for (Path p : s.toList()) {
                sum += Files.size(p);
            }
            return sum;
        }
    }

    @Test
    void anImportOntoAFullDiskSavesAllOrNothingAndSaysWhich() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("mnt"));
        Assumptions.assumeTrue(mount(mnt, 1 << 20), "mount -t tmpfs is refused here (needs root): the full-disk test is skipped");
        umount(mnt);
        Path seed = Files.createDirectory(dir.resolve("seed"));
        Path workbook = dir.resolve("all-years.xlsx");
        String oldState = StoreFixtures.yearsOfFigures(seed.resolve("cockpit"), workbook);
        long base = used(seed);
        // what the import adds at its peak: measured on a copy with room
        Path roomy = StoreFixtures.copyFolder(seed, dir.resolve("roomy"));
        long[] peakSeen = {base};
        Thread watch = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peakSeen[0] = Math.max(peakSeen[0], used(roomy));
                    Thread.sleep(5);
                } catch (IOException | InterruptedException e) {
                    if (e instanceof InterruptedException) {
                        return;
                    }
                }
            }
        });
        watch.start();
        Run ok = cockpit("--db", roomy.resolve("cockpit").toString(), "--import", workbook.toString());
        watch.interrupt();
        watch.join();
        assertThat(ok.exit()).as(ok.err()).isZero();
        String newState;
        try (CockpitStore s = CockpitStore.open(roomy.resolve("cockpit"), 2026, 10)) {
            newState = StoreFixtures.fingerprint(s);
        }
        long after = used(roomy);
        long peak = peakSeen[0] + (peakSeen[0] - base) / 5;     // what the folder held at most while it imported, and a fifth more
        int olds = 0;
        int news = 0;
        StringBuilder lines = new StringBuilder();
        for (int step = 0; step < STEPS; step++) {
            long size = base + 64 * 1024 + (peak - base) * step / (STEPS - 2);   // the last two have room to spare
            size = (size + 4095) / 4096 * 4096;
            assertThat(mount(mnt, size)).isTrue();
            Run run;
            try {
                StoreFixtures.copyFolder(seed, mnt);
                run = cockpit("--db", mnt.resolve("cockpit").toString(), "--import", workbook.toString());
                StoreFixtures.deleteTree(Files.createDirectories(dir.resolve("after")));
                StoreFixtures.copyFolder(mnt, dir.resolve("after"));
            } finally {
                umount(mnt);
            }
            String state;
            try (CockpitStore s = CockpitStore.open(dir.resolve("after").resolve("cockpit"), 2026, 10)) {
                state = StoreFixtures.fingerprint(s);
            }
            String all = run.out() + run.err();
            lines.append(String.format("  free %,d KB: exit %d, %s, %s%n", (size - base) / 1024, run.exit(),
                    state.equals(newState) ? "new" : state.equals(oldState) ? "old" : "MIXED", run.err().lines().findFirst().orElse("")));
            assertThat(state).as("free %d KB: the old state or the new, never a mix", (size - base) / 1024).isIn(oldState, newState);
            assertThat(all).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
            if (run.exit() == 0) {
                news++;
                assertThat(state).as("exit 0 means saved").isEqualTo(newState);
            } else {
                olds++;
                assertThat(state).as("a failure means nothing was written").isEqualTo(oldState);
                assertThat(run.err()).contains("未写入任何数据");
            }
        }
        System.out.print("disk-full import steps=" + STEPS + " old=" + olds + " new=" + news + " mixed=0 (store " + base / 1024
                + " KB, at most " + peakSeen[0] / 1024 + " KB while importing, " + after / 1024 + " KB after)\n" + lines);
        assertThat(olds).as("the small disks refuse it").isPositive();
        assertThat(news).as("the large ones take it").isPositive();
    }

    @Test
    void exportsOntoAFullDiskSayItAndLeaveNothingBehind() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("full"));
        Assumptions.assumeTrue(mount(mnt, 64 * 1024), "mount -t tmpfs is refused here (needs root): the full-disk test is skipped");
        try {
            Files.write(mnt.resolve("filler"), new byte[60 * 1024]);
            Path db = dir.resolve("db").resolve("cockpit");
            for (String[] args : List.of(new String[] {"--export", mnt.resolve("data.xlsx").toString()},
                    new String[] {"--summary", "--out", mnt.resolve("summary.docx").toString()},
                    new String[] {"--report", mnt.resolve("briefing.pdf").toString()})) {
                List<String> cmd = new ArrayList<>(List.of("--db", db.toString()));
                cmd.addAll(List.of(args));
                Run run = cockpit(cmd.toArray(String[]::new));
                assertThat(run.exit()).as(args[0]).isEqualTo(1);
                assertThat(run.err()).as(args[0]).contains("磁盘空间不足").doesNotContain("\tat ").doesNotContain("Exception");
                try (Stream<Path> s = Files.list(mnt)) {
                    assertThat(s.map(p -> p.getFileName().toString()).toList()).as(args[0] + ": nothing left behind")
                            .containsExactly("filler");
                }
            }
        } finally {
            umount(mnt);
        }
    }

    @Test
    void aFirstStartOnAFullDiskSaysSoAndLeavesNoHalfDatabase() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("tiny"));
        Assumptions.assumeTrue(mount(mnt, 256 * 1024), "mount -t tmpfs is refused here (needs root): the full-disk test is skipped");
        try {
            Run run = cockpit("--db", mnt.resolve("cockpit").toString(), "--export", dir.resolve("x.xlsx").toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("磁盘空间不足").doesNotContain("\tat ").doesNotContain("creating");
            assertThat(mnt.resolve("cockpit.mv.db")).doesNotExist();
            try (Stream<Path> s = Files.list(mnt)) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("creating") || n.endsWith(".mv.db"));
            }
        } finally {
            umount(mnt);
        }
    }
}
