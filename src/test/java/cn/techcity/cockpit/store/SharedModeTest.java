package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.MonthlyFigure;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several seats on one PostgreSQL: the same migrations as H2, accounts and roles, two clients on one cell, a viewer
 * that cannot write, wrong passwords, and a server connection that goes away and comes back.
 */
class SharedModeTest {
    private PgTestDb pg;

    @TempDir
    Path dir;

    @BeforeEach
    void schema() throws Exception {
        pg = new PgTestDb();
        // the administrator's first run: migrations, the document's content, the first account
        try (CockpitStore owner = CockpitStore.open(pg.owner(), 2026, 10)) {
            owner.addAccount("admin", Role.ADMIN, "管理员-密码-1".toCharArray());
            owner.login("admin", "管理员-密码-1".toCharArray());
            owner.addAccount("zhangsan", Role.EDITOR, "zhang-pw-2026".toCharArray());
            owner.addAccount("lisi", Role.EDITOR, "li-pw-2026".toCharArray());
            owner.addAccount("wall", Role.VIEWER, "wall-pw-2026".toCharArray());
        }
    }

    @AfterEach
    void drop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    private static FigureEdit value(CockpitData d, String code, int month, String v) {
        return new FigureEdit(code, 2026, month, true, new BigDecimal(v), false, null, false, null, d.figureVersion(code, 2026, month));
    }

    @Test
    void theSameMigrationsAndContentAsTheEmbeddedStore() {
        CockpitData h2;
        try (CockpitStore local = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            h2 = local.load();
        }
        try (CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            CockpitData shared = seat.load();
            assertThat(seat.shared()).isTrue();
            assertThat(shared.year()).isEqualTo(2026);
            assertThat(shared.indicators()).isEqualTo(h2.indicators());
            assertThat(shared.sections()).isEqualTo(h2.sections());
            assertThat(shared.tasks()).isEqualTo(h2.tasks());
            assertThat(shared.latestMonth()).isEqualTo(h2.latestMonth());
            assertThat(shared.hasSample()).isTrue();
            assertThat(seat.accounts()).extracting(Account::username).containsExactly("admin", "lisi", "wall", "zhangsan");
        }
    }

    @Test
    void aClerkChangesHerPasswordAndOneWhoLeftIsDisabledOnTheEditorsRole() {
        try (CockpitStore adminSeat = CockpitStore.open(pg.editor(), 2026, 10); CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            seat.login("zhangsan", "zhang-pw-2026".toCharArray());
            seat.setPassword("zhangsan", "zhang-new-2026".toCharArray());
            CockpitData d = seat.load();
            seat.saveEdits("x", List.of(value(d, "A3-01", 10, "50.00")), List.of());
            adminSeat.login("admin", "管理员-密码-1".toCharArray());
            adminSeat.disableAccount("zhangsan");
            CockpitData after = seat.load();
            assertThatThrownBy(() -> seat.saveEdits("x", List.of(value(after, "A3-01", 10, "60.00")), List.of()))
                    .hasMessageContaining("zhangsan 已被停用");
            assertThat(adminSeat.load().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("50.00");
            assertThatThrownBy(() -> seat.login("zhangsan", "zhang-new-2026".toCharArray())).hasMessageContaining("用户名或密码错误");
            assertThat(adminSeat.accounts()).extracting(Account::username).containsExactly("admin", "lisi", "wall");
        }
    }

    @Test
    void savingNeedsAnEditorLoginAndTheAuditNamesTheAccount() {
        try (CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            CockpitData d = seat.load();
            assertThatThrownBy(() -> seat.saveEdits("anyone", List.of(value(d, "A3-01", 10, "50.00")), List.of()))
                    .hasMessageContaining("需要以编辑账户登录");
            seat.login("wall", "wall-pw-2026".toCharArray());
            assertThatThrownBy(() -> seat.saveEdits("anyone", List.of(value(d, "A3-01", 10, "50.00")), List.of()))
                    .hasMessageContaining("查看账户 wall");
            assertThatThrownBy(() -> seat.login("zhangsan", "wrong-password".toCharArray())).hasMessageContaining("用户名或密码错误");
            assertThatThrownBy(() -> seat.login("nobody", "wrong-password".toCharArray())).hasMessageContaining("用户名或密码错误");
            seat.login("zhangsan", "zhang-pw-2026".toCharArray());
            assertThat(seat.saveEdits("typed into the clerk field", List.of(value(d, "A3-01", 10, "50.00")), List.of())).isEqualTo(1);
            assertThat(seat.auditOf("monthly_figure", "A3-01/2026/10")).singleElement()
                    .satisfies(a -> assertThat(a.who() + ":" + a.newValue()).isEqualTo("zhangsan:50"));
        }
    }

    @Test
    void twoClientsSavingTheSameCellOneIsRefusedAndNothingIsLost() {
        try (CockpitStore a = CockpitStore.open(pg.editor(), 2026, 10); CockpitStore b = CockpitStore.open(pg.editor(), 2026, 10)) {
            a.login("zhangsan", "zhang-pw-2026".toCharArray());
            b.login("lisi", "li-pw-2026".toCharArray());
            CockpitData seatA = a.load();
            CockpitData seatB = b.load();
            long version = seatA.dataVersion();
            b.saveEdits("", List.of(value(seatB, "A2-03", 10, "30.00")), List.of());
            assertThat(a.dataVersion()).as("seat A sees B's save by polling the data version").isGreaterThan(version);
            assertThatThrownBy(() -> a.saveEdits("", List.of(value(seatA, "A2-03", 10, "31.00"), value(seatA, "A2-04", 10, "5000")),
                    List.of())).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.who() + " " + c.theirValue()).isEqualTo("lisi 30")));
            CockpitData now = a.load();
            assertThat(now.figure("A2-03", 2026, 10).orElseThrow().value()).isEqualByComparingTo("30");
            assertThat(now.figure("A2-04", 2026, 10).orElseThrow().value()).as("not half-saved")
                    .isEqualByComparingTo(seatA.figure("A2-04", 2026, 10).orElseThrow().value());
        }
    }

    @Test
    void theViewersDatabaseRoleCannotWrite() throws Exception {
        try (CockpitStore wall = CockpitStore.open(pg.viewer(), 2026, 10)) {
            assertThat(wall.load().indicators()).hasSize(61);
            // even signed in as an editor account, the wall's database role refuses the write
            wall.login("zhangsan", "zhang-pw-2026".toCharArray());
            CockpitData d = wall.load();
            assertThatThrownBy(() -> wall.saveEdits("", List.of(value(d, "A3-01", 10, "50.00")), List.of()))
                    .hasMessageContaining("只读账户").hasMessageContaining("未写入任何数据");
        }
        try (Connection c = java.sql.DriverManager.getConnection(pg.url(), PgTestDb.VIEWER, PgTestDb.VIEWER_PW);
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO meta (meta_key, meta_value) VALUES ('x', 'y')"))
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aWrongDatabasePasswordOrAnUnreachableServerGetsAClearMessage() {
        assertThatThrownBy(() -> CockpitStore.open(pg.as(PgTestDb.EDITOR, "not-the-password"), 2026, 10))
                .isInstanceOf(StoreException.class).hasMessageContaining("数据库用户名或密码错误")
                .hasMessageNotContaining("not-the-password");
        assertThatThrownBy(() -> CockpitStore.open(DbTarget.parse("jdbc:postgresql://127.0.0.1:1/cockpit", "x", "y"), 2026, 10))
                .isInstanceOf(StoreException.class).hasMessageContaining("无法连接数据库服务器");
    }

    @Test
    void aServerThatGoesAwayAndComesBackLosesNothing() throws Exception {
        try (CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            seat.login("zhangsan", "zhang-pw-2026".toCharArray());
            CockpitData d = seat.load();
            seat.saveEdits("", List.of(value(d, "A3-01", 10, "51.00")), List.of());
            // the server drops every connection of the editor role (a restart, a network cut)
            try (Connection admin = java.sql.DriverManager.getConnection(PgTestDb.URL, "cockpit_owner", PgTestDb.OWNER_PW);
                 PreparedStatement p = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                         + " WHERE usename = ? AND pid <> pg_backend_pid()")) {
                p.setString(1, PgTestDb.EDITOR);
                p.executeQuery().close();
            }
            CockpitData stale = d;
            assertThatThrownBy(() -> seat.saveEdits("", List.of(value(stale, "A3-02", 10, "77.00")), List.of()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("无法连接数据库服务器").hasMessageContaining("没有写入");
            // back: the next operation runs on a new connection, and what was saved is there; the refused save is not
            CockpitData after = seat.load();
            assertThat(after.figure("A3-01", 2026, 10).map(MonthlyFigure::value).orElseThrow()).isEqualByComparingTo("51");
            assertThat(after.figure("A3-02", 2026, 10).map(MonthlyFigure::value).orElseThrow())
                    .isEqualByComparingTo(d.figure("A3-02", 2026, 10).orElseThrow().value());
            assertThat(seat.session()).as("still signed in").hasValueSatisfying(a -> assertThat(a.username()).isEqualTo("zhangsan"));
            assertThat(seat.saveEdits("", List.of(value(after, "A3-02", 10, "77.00")), List.of())).isEqualTo(1);
        }
    }

    @Test
    void accountsArePbkdf2WithSixHundredThousandIterations() throws Exception {
        try (Connection c = pg.admin(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT username, iterations, length(hash), salt FROM account ORDER BY username")) {
            int n = 0;
            java.util.Set<String> salts = new java.util.HashSet<>();
            while (rs.next()) {
                assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(600_000);
                assertThat(rs.getInt(3)).as("a 256-bit key, base64").isEqualTo(44);
                salts.add(rs.getString(4));
                n++;
            }
            assertThat(n).isEqualTo(4);
            assertThat(salts).as("a salt each").hasSize(4);
        }
        try (CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            seat.login("zhangsan", "zhang-pw-2026".toCharArray());
            assertThatThrownBy(() -> seat.addAccount("x1", Role.EDITOR, "long-enough-pw".toCharArray()))
                    .hasMessageContaining("需要以管理员登录");
            seat.login("admin", "管理员-密码-1".toCharArray());
            assertThatThrownBy(() -> seat.addAccount("x1", Role.EDITOR, "12345678".toCharArray())).hasMessageContaining("全是数字");
            assertThatThrownBy(() -> seat.addAccount("zhangsan", Role.EDITOR, "another-pw-1".toCharArray())).hasMessageContaining("已存在");
        }
    }

    @Test
    void anExcelRoundTripAndAnEditedImportWorkOnTheServerToo() throws Exception {
        Path book = dir.resolve("2026.xlsx");
        try (CockpitStore seat = CockpitStore.open(pg.editor(), 2026, 10)) {
            cn.techcity.cockpit.io.excel.ExcelExport.write(seat.load(), book);
            var same = cn.techcity.cockpit.io.excel.Imports.read(book, seat);
            assertThat(same.valid()).isTrue();
            assertThat(same.changes()).isEmpty();
            try (var in = java.nio.file.Files.newInputStream(book); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                for (var r : wb.getSheet("月度数据")) {
                    if (r.getCell(0) != null && "A5-02".equals(r.getCell(0).getStringCellValue())) {
                        r.getCell(15).setCellValue(321.09);
                    }
                }
                wb.getSheet("任务").getRow(2).getCell(5).setCellValue("已完成");
                try (var out = java.nio.file.Files.newOutputStream(book)) {
                    wb.write(out);
                }
            }
            var plan = cn.techcity.cockpit.io.excel.Imports.read(book, seat);
            assertThat(plan.changes()).hasSize(2);
            assertThatThrownBy(() -> cn.techcity.cockpit.io.excel.Imports.apply(seat, "", plan)).hasMessageContaining("需要以编辑账户登录");
            seat.login("lisi", "li-pw-2026".toCharArray());
            long before = seat.dataVersion();
            assertThat(cn.techcity.cockpit.io.excel.Imports.apply(seat, "", plan)).isEqualTo(2);
            assertThat(seat.dataVersion()).isEqualTo(before + 1);
            CockpitData d = seat.load();
            assertThat(d.figure("A5-02", 2026, 10).orElseThrow().value()).isEqualByComparingTo("321.09");
            assertThat(d.tasks("B1").get(0).status()).isEqualTo(cn.techcity.cockpit.domain.TaskStatus.DONE);
            assertThat(seat.taskHistory("B1-T01")).singleElement().satisfies(h -> assertThat(h.who()).isEqualTo("lisi"));
        }
    }
}
