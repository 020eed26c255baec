package org.carebridge.stack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixed ports of ./carebridge start --replicas N (plain JUnit). */
class PortPlanTest {

    private final PortPlan fixed = PortPlan.fixed();

    @Test
    void theFirstReplicaKeepsTheDocumentedPorts() {
        assertEquals(new PortPlan.ServicePorts(fixed.gateway(), fixed.gatewayManagement()),
                fixed.replica("gateway", 1));
        assertEquals(new PortPlan.ServicePorts(fixed.caseService(), fixed.caseManagement()),
                fixed.replica("case-service", 1));
        assertEquals(new PortPlan.ServicePorts(8102, 9102), fixed.replica("network-service", 2));
        assertEquals(new PortPlan.ServicePorts(8113, 9113), fixed.replica("advisory-service", 3));
    }

    @Test
    void everyReplicaUpToTheMostHasPortsOfItsOwnApartFromTheInfrastructures() {
        Set<Integer> taken = new HashSet<>(List.of(fixed.kafka(), fixed.kafkaController(), fixed.keycloak(),
                fixed.keycloakManagement(), fixed.mailSmtp(), fixed.mailPop3(), fixed.postgresEmbedded()));
        for (int replica = 1; replica <= PortPlan.MAX_REPLICAS; replica++) {
            for (String service : PortPlan.SERVICES) {
                PortPlan.ServicePorts ports = fixed.replica(service, replica);
                assertTrue(taken.add(ports.port()), service + " replica " + replica + " port " + ports.port());
                assertTrue(taken.add(ports.management()), service + " replica " + replica + " " + ports.management());
            }
        }
    }

    @Test
    void noReplicaBeyondTheMost() {
        assertThrows(IllegalArgumentException.class, () -> fixed.replica("gateway", PortPlan.MAX_REPLICAS + 1));
        assertThrows(IllegalArgumentException.class, () -> fixed.replica("kafka", 1));
    }

    @Test
    void freePlansNeverHandOutAPortTwice() {
        // several free plans in one JVM, as the test stacks make them: every port of every plan distinct, also when
        // the OS offers a port again after its probe socket closed
        Set<Integer> handedOut = new HashSet<>();
        for (int plan = 0; plan < 20; plan++) {
            PortPlan free = PortPlan.free();
            for (int port : List.of(free.kafka(), free.kafkaController(), free.keycloak(), free.keycloakManagement(),
                    free.mailSmtp(), free.mailPop3(), free.gateway(), free.caseService(), free.networkService(),
                    free.advisoryService())) {
                assertTrue(handedOut.add(port), "port " + port + " handed out twice");
            }
        }
    }
}
