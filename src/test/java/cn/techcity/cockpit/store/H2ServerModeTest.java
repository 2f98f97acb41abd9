package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 TCP server as the shared database: same store, logins, two seats, no journal or file backups. */
class H2ServerModeTest {
    @TempDir
    Path dir;

    @Test
    void twoSeatsOnAnH2Server() throws Exception {
        // local only (no -tcpAllowOthers), a password on the database user
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/cockpit";
            DbTarget target = DbTarget.parse(url, "cockpit", "h2-server-pw");
            assertThat(target.kind()).isEqualTo(DbTarget.Kind.H2_SERVER);
            try (CockpitStore first = CockpitStore.open(target, 2026, 10)) {
                first.addAccount("admin", Role.ADMIN, "admin-pw-2026".toCharArray());
                first.login("admin", "admin-pw-2026".toCharArray());
                first.addAccount("zhangsan", Role.EDITOR, "zhang-pw-2026".toCharArray());
                assertThat(first.backupIfDue(java.time.LocalDateTime.now())).as("a server is backed up by its admin").isEmpty();
            }
            assertThatThrownBy(() -> CockpitStore.open(DbTarget.parse(url, "cockpit", "wrong"), 2026, 10))
                    .hasMessageContaining("数据库用户名或密码错误");
            try (CockpitStore a = CockpitStore.open(target, 2026, 10); CockpitStore b = CockpitStore.open(target, 2026, 10)) {
                CockpitData d = a.load();
                FigureEdit edit = new FigureEdit("A3-01", 2026, 10, true, new BigDecimal("55.55"), false, null, false, null,
                        d.figureVersion("A3-01", 2026, 10));
                assertThatThrownBy(() -> a.saveEdits("x", List.of(edit), List.of())).hasMessageContaining("需要以编辑账户登录");
                a.login("zhangsan", "zhang-pw-2026".toCharArray());
                long before = b.dataVersion();
                a.saveEdits("x", List.of(edit), List.of());
                assertThat(b.dataVersion()).as("the other seat sees the save").isGreaterThan(before);
                assertThat(b.load().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("55.55");
            }
            assertThat(dir.resolve("cockpit.journal")).as("no journal beside a server's file").doesNotExist();
        } finally {
            server.stop();
        }
    }
}
