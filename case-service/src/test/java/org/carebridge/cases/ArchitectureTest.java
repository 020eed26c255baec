package org.carebridge.cases;

import org.carebridge.architecture.ArchitectureRulesTest;

/** case-service's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.cases");
    }
}
