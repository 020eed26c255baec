package org.carebridge.platform;

import org.carebridge.architecture.ArchitectureRulesTest;

/** platform-web's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.platform");
    }
}
