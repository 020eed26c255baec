package org.carebridge.stack;

/**
 * Every port the stack uses. The run command uses fixed, documented ports; tests and end-to-end runs take free
 * ones, so several builds can run side by side on one machine.
 */
public record PortPlan(int postgresEmbedded, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                       int gateway, int caseService, int networkService, int advisoryService) {

    public static PortPlan fixed() {
        // embedded PostgreSQL takes 5432 when nothing runs there (then the services' defaults just work)
        int postgres = Ports.inUse(Postgres.LOCAL_PORT) ? 15432 : Postgres.LOCAL_PORT;
        return new PortPlan(postgres, 9092, 9093, 8180, 8190, 8080, 8081, 8082, 8083);
    }

    public static PortPlan free() {
        return new PortPlan(0, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }
}
