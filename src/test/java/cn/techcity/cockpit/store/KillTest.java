package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves figures in a loop and reports each acknowledged save; the test kills it at a random moment,
 * reopens the database and checks that every acknowledged save is there (WRITE_DELAY=0) and the audit is consistent.
 */
class KillTest {
    static final String CELL = "A2-03";
    /** 200 kills in CI; -Dkill.rounds=600 for the longer run of docs/reliability.md. */
    static final int ROUNDS = Integer.getInteger("kill.rounds", 200);

    @TempDir
    Path dir;

    /** The child: saves 1, 2, 3 … into one cell, printing "ACK n" after each save has returned. */
    public static void main(String[] args) {
        try (CockpitStore store = CockpitStore.open(Path.of(args[0]), 2026, 10)) {
            BigDecimal current = store.load().figure(CELL, 2026, 12).map(MonthlyFigure::value).orElse(BigDecimal.ZERO);
            System.out.println("READY " + current.toPlainString());
            System.out.flush();
            for (long n = current.longValue() + 1; ; n++) {
                store.saveFigures("kill-test", List.of(new MonthlyFigure(CELL, 2026, 12, BigDecimal.valueOf(n), null, null,
                        Revision.PROVISIONAL, "kill-test", Instant.now(), false)));
                System.out.println("ACK " + n);
                System.out.flush();
            }
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        Path db = dir.resolve("kill");
        Random random = new Random(42);
        long lastAck = 0;
        int totalAcks = 0;
        int replayed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), KillTest.class.getName(), db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("child started").startsWith("READY");
            int acksThisRound = 0;
            int killAfter = 1 + random.nextInt(60);
            while (acksThisRound < killAfter && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck = Long.parseLong(line.substring(4));
                    acksThisRound++;
                }
            }
            Thread.sleep(random.nextInt(4)); // a random moment: often in the middle of the next save
            child.toHandle().destroyForcibly(); // the handle: Process.destroyForcibly would also close the pipe we still read
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // acknowledgements the child printed before it died are still in the pipe: they count too
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck = Long.parseLong(line.substring(4));
                    acksThisRound++;
                }
            }
            totalAcks += acksThisRound;
            try (CockpitStore store = CockpitStore.open(db, 2026, 10)) {
                replayed += store.replayedOnOpen();
                BigDecimal saved = store.load().figure(CELL, 2026, 12).orElseThrow().value();
                // the save after the last ACK may or may not have committed; nothing acknowledged may be lost
                assertThat(saved.longValue()).as("round %d, %d acks this round, kill after %d", round, acksThisRound, killAfter).isBetween(lastAck, lastAck + 1);
                assertThat(store.auditOf("monthly_figure", CELL + "/2026/12")).hasSize((int) saved.longValue());
                // consistent: every save bumped the data version once, the structure is whole
                assertThat(store.dataVersion()).isGreaterThanOrEqualTo(saved.longValue());
                assertThat(store.indicators()).hasSize(cn.techcity.cockpit.domain.content.DocumentContent.indicators().size());
                lastAck = saved.longValue();
            }
        }
        System.out.println("kill-test kills=" + ROUNDS + " acknowledged-saves=" + totalAcks + " lost=0 (every reopen consistent)"
                + " replayed-from-journal=" + replayed);
    }
}
