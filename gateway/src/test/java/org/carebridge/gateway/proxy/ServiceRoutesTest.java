package org.carebridge.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which service each relayed section of /api goes to (plain JUnit). */
class ServiceRoutesTest {

    private static final ServiceRoutes ROUTES = new ServiceRoutes() {
        @Override
        public String caseServiceUrl() {
            return "http://case";
        }

        @Override
        public String networkServiceUrl() {
            return "http://network";
        }

        @Override
        public String advisoryServiceUrl() {
            return "http://advisory";
        }
    };

    @Test
    void myWorkIsReadFromCaseServiceBesideItsCases() {
        assertEquals("http://case", ROUTES.baseUrlOf("cases"));
        assertEquals("http://case", ROUTES.baseUrlOf("me/work"));
        assertEquals("http://network", ROUTES.baseUrlOf("network"));
        assertEquals("http://advisory", ROUTES.baseUrlOf("advisory"));
        assertThrows(IllegalArgumentException.class, () -> ROUTES.baseUrlOf("me"));
    }
}
