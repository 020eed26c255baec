package org.carebridge.cases;

import org.carebridge.architecture.ArchitectureRulesTest;
import org.carebridge.architecture.ToleratedDependency;

/** case-service's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.cases",
                new ToleratedDependency("org.carebridge.cases.consent.ConsentService", "org.carebridge.cases.team",
                        "who records a consent is TeamRules' rule 3 (requireMayGiveConsent) while team depends on "
                                + "consent; the rule moves to consent when team/ is not being changed elsewhere"));
    }
}
