package org.carebridge.gateway;

import org.carebridge.architecture.ArchitectureRulesTest;

/** gateway's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.gateway");
    }
}
