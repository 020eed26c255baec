package org.carebridge.network;

import org.carebridge.architecture.ArchitectureRulesTest;

/**
 * network-service's production classes against the architecture rules (no feature cycle, only platform shared...),
 * with no dependency tolerated. The bridge's features stack erased, roster, escalation, privacy, referral,
 * resolution, erasure: the escalation shows its referral through EscalationReferrals, which referral answers.
 */
class ArchitectureTest extends ArchitectureRulesTest {

    ArchitectureTest() {
        super("org.carebridge.network");
    }
}
