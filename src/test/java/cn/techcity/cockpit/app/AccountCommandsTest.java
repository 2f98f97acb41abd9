package cn.techcity.cockpit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account commands as an administrator runs them: a child JVM each, passwords in the environment (never an option),
 * exit 0 when done and 1 with the reason when not.
 */
class AccountCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String output) {
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", dir.resolve("cockpit").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("COCKPIT_PASSWORD");
        pb.environment().remove("COCKPIT_NEW_PASSWORD");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();    // no console: the passwords come from the environment or not at all
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    @Test
    void anAdminAddsAnEditorWhoChangesHerPasswordAndIsDisabledWhenSheLeaves() throws Exception {
        assertThat(run(Map.of("COCKPIT_NEW_PASSWORD", "admin-pw-2026"), "--add-account", "admin", "--role", "admin").code()).isZero();
        Result added = run(Map.of("COCKPIT_PASSWORD", "admin-pw-2026", "COCKPIT_NEW_PASSWORD", "zhang-pw-2026"),
                "--add-account", "zhangsan", "--role", "editor", "--user", "admin");
        assertThat(added.code()).as(added.output()).isZero();

        Result changed = run(Map.of("COCKPIT_PASSWORD", "zhang-pw-2026", "COCKPIT_NEW_PASSWORD", "zhang-new-2026"),
                "--set-password", "zhangsan");
        assertThat(changed.code()).as(changed.output()).isZero();
        assertThat(changed.output()).contains("已修改密码", "zhangsan");

        Result oldOne = run(Map.of("COCKPIT_PASSWORD", "zhang-pw-2026", "COCKPIT_NEW_PASSWORD", "zhang-third-2026"),
                "--set-password", "zhangsan");
        assertThat(oldOne.code()).isEqualTo(1);
        assertThat(oldOne.output()).contains("用户名或密码错误");

        Result noAdmin = run(Map.of(), "--disable-account", "zhangsan");
        assertThat(noAdmin.code()).isEqualTo(1);
        assertThat(noAdmin.output()).contains("--user");

        Result disabled = run(Map.of("COCKPIT_PASSWORD", "admin-pw-2026"), "--disable-account", "zhangsan", "--user", "admin");
        assertThat(disabled.code()).as(disabled.output()).isZero();
        assertThat(disabled.output()).contains("已停用账户", "zhangsan");

        Result gone = run(Map.of("COCKPIT_PASSWORD", "zhang-new-2026", "COCKPIT_NEW_PASSWORD", "zhang-third-2026"),
                "--set-password", "zhangsan");
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.output()).contains("用户名或密码错误").doesNotContain("zhang-new-2026");
    }

    @Test
    void twoAccountJobsAtOnceAreRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Result r = run(Map.of(), "--set-password", "a", "--disable-account", "b");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.output()).contains("一次只能用一个");
        assertThat(dir.resolve("cockpit.mv.db")).doesNotExist();
    }
}
