package org.carebridge.cases.support;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseStatus;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** For the plain unit tests of the aggregates' transitions: a case built by hand, and the 409 a refusal is. */
public final class AggregateFixtures {

    private AggregateFixtures() {
    }

    /** A case of Amir Haddad (born 14 March 2009) in the north, led by ann. */
    public static CareCase careCase(CaseStatus status) {
        CareCase c = new CareCase();
        c.id = UUID.randomUUID();
        c.region = "north";
        c.status = status;
        c.leadUsername = "ann";
        c.youthGivenName = "Amir";
        c.youthFamilyName = "Haddad";
        c.dateOfBirth = LocalDate.of(2009, 3, 14);
        return c;
    }

    public static void assertConflict(String detail, Runnable transition) {
        assertProblem(409, detail, transition);
    }

    public static ProblemException assertProblem(int status, String detail, Runnable transition) {
        ProblemException refused = assertThrows(ProblemException.class, transition::run);
        assertEquals(status, refused.toProblem().status());
        assertEquals(detail, refused.getMessage());
        return refused;
    }
}
