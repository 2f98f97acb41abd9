package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Account care in the shared mode (an H2 server, two seats): one's own password, an admin's reset of a forgotten one,
 * and disabling the account of a clerk who left, which also stops a seat still signed in with it.
 */
class AccountsTest {
    @TempDir
    Path dir;

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void passwordsChangeAndADisabledAccountNeitherSignsInNorSaves() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/cockpit";
            DbTarget target = DbTarget.parse(url, "cockpit", "h2-server-pw");
            try (CockpitStore admin = CockpitStore.open(target, 2026, 10); CockpitStore seat = CockpitStore.open(target, 2026, 10)) {
                admin.addAccount("admin", Role.ADMIN, pw("admin-pw-2026"));
                admin.login("admin", pw("admin-pw-2026"));
                admin.addAccount("zhangsan", Role.EDITOR, pw("zhang-pw-2026"));
                admin.addAccount("lisi", Role.EDITOR, pw("lisi-pw-2026"));

                // one's own password
                seat.login("zhangsan", pw("zhang-pw-2026"));
                seat.setPassword("zhangsan", pw("zhang-new-2026"));
                assertThatThrownBy(() -> seat.setPassword("zhangsan", pw("12345678"))).hasMessageContaining("密码太弱");
                assertThatThrownBy(() -> seat.setPassword("lisi", pw("taken-over-2026"))).as("an editor, another's password")
                        .hasMessageContaining("需要以管理员登录");
                assertThatThrownBy(() -> seat.login("zhangsan", pw("zhang-pw-2026"))).hasMessageContaining("用户名或密码错误");
                seat.login("zhangsan", pw("zhang-new-2026"));   // the weak one was not half-written

                // an admin resets a forgotten password; lisi's old one no longer works
                admin.setPassword("lisi", pw("lisi-reset-2026"));
                assertThatThrownBy(() -> admin.setPassword("nobody", pw("whatever-2026"))).hasMessageContaining("没有账户 nobody");

                // zhangsan saves, then leaves: disabled at the admin's seat while still signed in at the other
                CockpitData d = seat.load();
                seat.saveEdits("x", List.of(new FigureEdit("A3-01", 2026, 10, true, new BigDecimal("55.55"), false, null, false,
                        null, d.figureVersion("A3-01", 2026, 10))), List.of());
                admin.disableAccount("zhangsan");
                CockpitData after = seat.load();
                long version = after.dataVersion();
                assertThatThrownBy(() -> seat.saveEdits("x", List.of(new FigureEdit("A3-01", 2026, 10, true,
                        new BigDecimal("66.66"), false, null, false, null, after.figureVersion("A3-01", 2026, 10))), List.of()))
                        .hasMessageContaining("zhangsan 已被停用").hasMessageContaining("未写入任何数据");
                assertThat(seat.session()).as("the seat is signed out").isEmpty();
                assertThat(admin.load().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("55.55");
                assertThat(admin.dataVersion()).isEqualTo(version);
                assertThatThrownBy(() -> seat.login("zhangsan", pw("zhang-new-2026"))).hasMessageContaining("用户名或密码错误");
                assertThat(admin.accounts()).extracting(Account::username).containsExactly("admin", "lisi");
                seat.login("lisi", pw("lisi-reset-2026"));

                // the admins: never oneself; a second admin may disable the first, whose seat then manages nothing
                assertThatThrownBy(() -> admin.disableAccount("admin")).hasMessageContaining("不能停用自己");
                assertThatThrownBy(() -> seat.disableAccount("admin")).as("an editor").hasMessageContaining("需要以管理员登录");
                admin.addAccount("wangwu", Role.ADMIN, pw("wangwu-pw-2026"));
                seat.login("wangwu", pw("wangwu-pw-2026"));
                seat.disableAccount("admin");
                assertThatThrownBy(() -> admin.disableAccount("wangwu")).as("a disabled admin still signed in")
                        .hasMessageContaining("需要以管理员登录");
                assertThatThrownBy(() -> admin.addAccount("zhaoliu", Role.EDITOR, pw("zhaoliu-pw-2026")))
                        .hasMessageContaining("需要以管理员登录");
            }
            // the audit says who changed what, never a password or its hash
            try (Connection c = DriverManager.getConnection(url, "cockpit", "h2-server-pw"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT changed_by, entity_key, field, old_value, new_value FROM audit_log"
                         + " WHERE entity = 'account' ORDER BY id")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                            + rs.getString(5));
                }
                assertThat(rows).contains("zhangsan zhangsan password null changed", "admin lisi password null changed",
                        "admin zhangsan disabled false true", "wangwu admin disabled false true");
                try (ResultSet h = s.executeQuery("SELECT hash FROM account")) {
                    while (h.next()) {
                        String hash = h.getString(1);
                        assertThat(rows).noneMatch(r -> r.contains(hash));
                    }
                }
            }
        } finally {
            server.stop();
        }
    }
}
