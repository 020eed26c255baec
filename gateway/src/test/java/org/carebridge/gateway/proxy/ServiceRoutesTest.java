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
}
