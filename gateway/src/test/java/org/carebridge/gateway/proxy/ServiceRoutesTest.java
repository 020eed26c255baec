package org.carebridge.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which service each relayed section of /api goes to (plain JUnit). */
class ServiceRoutesTest {

    @Test
    void myWorkIsReadFromCaseServiceBesideItsCases() {
        assertEquals("case-service", ServiceRoutes.serviceOf("cases"));
        assertEquals("case-service", ServiceRoutes.serviceOf("me/work"));
        assertEquals("network-service", ServiceRoutes.serviceOf("network"));
        assertEquals("advisory-service", ServiceRoutes.serviceOf("advisory"));
        assertThrows(IllegalArgumentException.class, () -> ServiceRoutes.serviceOf("me"));
    }

    @Test
    void aPathIsRelayedToTheServiceOfItsSectionOrAnsweredByTheGateway() {
        assertEquals("case-service", ServiceRoutes.serviceOfPath("/api/cases"));
        assertEquals("case-service", ServiceRoutes.serviceOfPath("/api/cases/{id}/escalations"));
        assertEquals("case-service", ServiceRoutes.serviceOfPath("/api/me/work"));
        assertEquals("network-service", ServiceRoutes.serviceOfPath("/api/network/notifications"));
        assertEquals("advisory-service", ServiceRoutes.serviceOfPath("/api/advisory/referrals/{id}"));
        assertEquals(null, ServiceRoutes.serviceOfPath("/api/me"));
        assertEquals(null, ServiceRoutes.serviceOfPath("/api/me/notifications"));
        assertEquals(null, ServiceRoutes.serviceOfPath("/api/casesx"));
        assertEquals(null, ServiceRoutes.serviceOfPath("/cases/{id}"));
    }
}
