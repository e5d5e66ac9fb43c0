package com.maintflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a capability module (Spring Modulith): no cycles between modules, and no module reaches
 * into another's {@code internal} packages. Fails with the offending dependencies named.
 */
class ModuleBoundariesTest {

    @Test
    void capabilitiesDependOnEachOtherWithoutCyclesOrReachingIntoInternals() {
        ApplicationModules.of(MaintFlowApplication.class).verify();
    }
}
