package cn.techcity.cockpit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.fixturea.ReachesTheStore;
import cn.techcity.cockpit.ui.fixtureb.Other;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules are not rules that cannot fail: each fails on a deliberate violation (test fixtures). */
class ArchitectureRulesBiteTest {
    private final JavaClasses violators = new ClassFileImporter().importClasses(ReachesTheStore.class, Other.class, CockpitStore.class);

    @Test
    void aScreenThatHoldsTheStoreFails() {
        assertThatThrownBy(() -> ArchitectureTest.onlyTheSessionReachesTheStore.check(violators)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesTheStore").hasMessageContaining("one door");
    }

    @Test
    void aCycleBetweenScreenPackagesFails() {
        assertThatThrownBy(() -> ArchitectureTest.noCyclesInTheScreens.check(violators)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle").hasMessageContaining("fixturea").hasMessageContaining("fixtureb");
    }
}
