package org.carebridge.proof;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Health, metrics and the OpenAPI document are on each service's management port only: its public port (the one
 * the gateway routes to, or anyone on the network reaches) answers 404 for every /q path, with or without a token.
 */
class ManagementPortIT {

    private static final List<String> OPERATIONAL = List.of("/q/health", "/q/health/ready", "/q/metrics",
            "/q/openapi", "/q/openapi?format=json");

    @Test
    void backendServicesServeQOnlyOnTheirManagementPort() {
        assertEquals(List.of(), wrongAnswers(List.of("case-service", "network-service", "advisory-service")));
    }

    @Test
    void theGatewayServesQOnlyOnItsManagementPort() {
        assertEquals(List.of(), wrongAnswers(List.of("gateway")));
    }

    private static List<String> wrongAnswers(List<String> services) {
        ProofSystem proof = ProofSystem.get();
        List<String> wrong = new ArrayList<>();
        for (String service : services) {
            String management = proof.system.managementUrl(service);
            for (String path : OPERATIONAL) {
                expect(wrong, service + " management " + path, management + path, 200, null);
                expect(wrong, service + " public " + path, proof.url(service) + path, 404, null);
                expect(wrong, service + " public " + path + " with a token", proof.url(service) + path, 404,
                        World.token("anna"));
            }
        }
        System.out.printf("ManagementPortIT: %s: %d wrong answers%n", services, wrong.size());
        return wrong;
    }

    private static void expect(List<String> wrong, String what, String url, int status, String token) {
        try {
            HttpCalls.Answer answer = HttpCalls.send("GET", url, token, null, null);
            if (answer.status() != status) {
                wrong.add(what + ": " + answer.status() + ", not " + status);
            }
        } catch (RuntimeException e) {
            wrong.add(what + ": no answer (" + e.getMessage() + ")");
        }
    }
}
