package org.carebridge.advisory;

import org.carebridge.architecture.ArchitectureRulesTest;

/** advisory-service's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.advisory");
    }
}
