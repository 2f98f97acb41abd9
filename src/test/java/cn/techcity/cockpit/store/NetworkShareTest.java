package cn.techcity.cockpit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded database file on a network share is refused with the way out; a local one opens. */
class NetworkShareTest {
    @TempDir
    Path dir;

    @Test
    void uncPathsAreRefusedBeforeAnythingIsCreated() {
        assertThat(NetworkShare.why(Path.of("\\\\fileserver\\科技城\\cockpit.mv.db"))).isEqualTo("UNC");
        assertThat(NetworkShare.unc("//fileserver/share/cockpit.mv.db")).isTrue();
        assertThatThrownBy(() -> CockpitStore.open(DbTarget.parse("//fileserver/share/cockpit", null, null), 2026, 10))
                .isInstanceOf(StoreException.class).hasMessageContaining("网络共享").hasMessageContaining("jdbc:postgresql://")
                .hasMessageContaining("server mode");
        assertThatThrownBy(() -> CockpitStore.open(DbTarget.parse("\\\\fileserver\\share\\cockpit", null, null), 2026, 10))
                .hasMessageContaining("网络共享");
        assertThat(Files.exists(Path.of("/fileserver"))).isFalse();
    }

    @Test
    void aLocalFolderIsNotAShare() {
        assertThat(NetworkShare.why(dir.resolve("cockpit.mv.db"))).isNull();
    }

    @Test
    void mappedDrivesAreReadOffNetUse() {
        String netUse = """
                New connections will be remembered.

                Status       Local     Remote                    Network

                -------------------------------------------------------------------------------
                OK           Z:        \\\\fileserver\\data         Microsoft Windows Network
                Disconnected Y:        \\\\nas\\科技城               Microsoft Windows Network
                OK                     \\\\printserver\\IPC$        Microsoft Windows Network
                The command completed successfully.
                """;
        assertThat(NetworkShare.mappedDrives(netUse)).containsExactly("Y:", "Z:");
        assertThat(NetworkShare.mappedDrives("")).isEmpty();
    }
}
