package org.carebridge.network;

import org.carebridge.architecture.ArchitectureRulesTest;
import org.carebridge.architecture.ToleratedDependency;

/**
 * network-service's production classes against the architecture rules (no feature cycle, only platform shared...).
 * The features stack roster, escalation, privacy, referral, erasure; the dependencies against that order below
 * live in (or are pinned by) the handlers that call inbox.firstDelivery, which are being changed elsewhere.
 */
class ArchitectureTest extends ArchitectureRulesTest {

    private static final String NETWORK = "org.carebridge.network.";
    private static final String LATER = "; to move once the inbox handlers are not being changed elsewhere";

    ArchitectureTest() {
        super("org.carebridge.network",
                tolerate("escalation.EscalationService", "referral", "it keeps an escalation's referral" + LATER),
                tolerate("escalation.EscalationView", "referral", "it shows the referral, and ReferralService builds"
                        + " it" + LATER),
                tolerate("escalation.EscalationResource", "referral", "the refer endpoint belongs in referral, where"
                        + " it can move now, but the cycle stays through the two above"),
                tolerate("escalation.EscalationService", "erasure", "it blanks texts of an erased case through"
                        + " ErasedCase and FreeText, which belong below both" + LATER),
                tolerate("roster.RosterService", "erasure", "it checks ErasedCase, which belongs below both" + LATER),
                tolerate("escalation.ResolutionService", "privacy", "it belongs in a resolution package above"
                        + " privacy, but needs EscalationService's package-private now() and OBJECT_TYPE" + LATER));
    }

    private static ToleratedDependency tolerate(String origin, String targetFeature, String why) {
        return new ToleratedDependency(NETWORK + origin, NETWORK + targetFeature, why);
    }
}
