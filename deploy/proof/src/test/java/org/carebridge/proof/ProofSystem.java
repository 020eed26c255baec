package org.carebridge.proof;

import org.carebridge.stack.testing.SystemUnderTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged system the proofs run against, the OpenAPI documents of its four services, and the extra users
 * the matrix needs (a southern advisory member, a user without a role), made once per test JVM.
 */
final class ProofSystem {

    static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service", "gateway");
    private static ProofSystem current;

    final SystemUnderTest system;
    final KeycloakAdmin admin;
    final Map<String, ApiDocument> documents = new LinkedHashMap<>();

    private ProofSystem(SystemUnderTest system) {
        this.system = system;
        this.admin = new KeycloakAdmin(system.keycloakUrl());
        admin.ensureUser(AccessRules.User.AYA.username, "south", AccessRules.User.AYA.role);
        admin.ensureUser(AccessRules.User.NOBODY.username, "north", null);
        for (String service : SERVICES) {
            documents.put(service, ApiDocument.read(service, openApiBase(service)));
        }
    }

    static synchronized ProofSystem get() {
        if (current == null) {
            current = new ProofSystem(SystemUnderTest.start());
        }
        return current;
    }

    List<ApiDocument.Endpoint> endpoints() {
        List<ApiDocument.Endpoint> all = new ArrayList<>();
        documents.values().forEach(d -> all.addAll(d.endpoints()));
        return all;
    }

    String url(String service) {
        return system.serviceUrl(service);
    }

    /**
     * The OpenAPI document is on the management interface; a module not yet built with one still serves it on its
     * public port (ManagementPortIT fails for it), so the other proofs still cover its operations.
     */
    private String openApiBase(String service) {
        String management = system.managementUrl(service);
        try {
            if (HttpCalls.get(management + "/q/health/ready").status() == 200) {
                return management;
            }
        } catch (RuntimeException closed) {
            // nothing listens there
        }
        System.out.println("ProofSystem: WARNING " + service + " has no management interface; its OpenAPI document"
                + " is read from its public port");
        return system.serviceUrl(service);
    }
}
