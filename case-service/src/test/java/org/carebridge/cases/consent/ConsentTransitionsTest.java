package org.carebridge.cases.consent;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.carebridge.cases.support.AggregateFixtures.assertConflict;
import static org.carebridge.cases.support.AggregateFixtures.assertProblem;
import static org.carebridge.cases.support.AggregateFixtures.careCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every transition of a consent, allowed and refused; plain objects. */
class ConsentTransitionsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final NewConsent JOURNAL_FOR_BEA = new NewConsent("bea", ConsentPurpose.JOURNAL,
            ConsentGiver.GUARDIAN);

    @Test
    void recordingMakesALiveConsent() {
        CareCase c = careCase(CaseStatus.ESCALATED);
        Consent k = Consent.record(c, "bea", true, false, JOURNAL_FOR_BEA, "ann", NOW).consent();
        assertEquals(c.id, k.caseId);
        assertEquals("bea", k.memberUsername);
        assertEquals(ConsentPurpose.JOURNAL, k.purpose);
        assertEquals(ConsentGiver.GUARDIAN, k.givenBy);
        assertEquals("ann", k.recordedBy);
        assertEquals(NOW, k.recordedAt);
        assertNull(k.revokedAt);
    }

    @Test
    void recordingForSomeoneOffTheTeamTwiceOrOnAClosedCaseIsRefused() {
        CareCase c = careCase(CaseStatus.OPEN);
        assertProblem(400, "member: must be a member of the case",
                () -> Consent.record(c, "bea", false, false, JOURNAL_FOR_BEA, "ann", NOW));
        assertConflict("bea already has consent for JOURNAL",
                () -> Consent.record(c, "bea", true, true, JOURNAL_FOR_BEA, "ann", NOW));
        assertConflict("the case is closed",
                () -> Consent.record(careCase(CaseStatus.CLOSED), "bea", true, false, JOURNAL_FOR_BEA, "ann", NOW));
    }

    @Test
    void revokingEndsItOnceEvenOnAClosedCase() {
        Consent k = Consent.record(careCase(CaseStatus.OPEN), "bea", true, false, JOURNAL_FOR_BEA, "ann", NOW)
                .consent();
        k.revoke("ann", NOW.plusDays(1));
        assertEquals(NOW.plusDays(1), k.revokedAt);
        assertEquals("ann", k.revokedBy);
        assertConflict("the consent is already revoked", () -> k.revoke("bea", NOW.plusDays(2)));
        assertEquals("ann", k.revokedBy);
    }
}
