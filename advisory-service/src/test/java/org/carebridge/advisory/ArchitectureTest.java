package org.carebridge.advisory;

import org.carebridge.architecture.ArchitectureRulesTest;
import org.carebridge.architecture.ToleratedDependency;

/** advisory-service's production classes against the architecture rules (no feature cycle, only platform shared...). */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.advisory",
                new ToleratedDependency("org.carebridge.advisory.referral.ReferralService",
                        "org.carebridge.advisory.erasure",
                        "a referral arriving after its case's erasure is blanked through ErasureService, which erases "
                                + "referrals; to invert (e.g. erasure observing a CDI event) once the handlers "
                                + "that call inbox.firstDelivery are not being changed elsewhere"));
    }
}
