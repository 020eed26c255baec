package org.carebridge.stack;

/**
 * Every port the stack uses. The run command uses fixed, documented ports; tests and end-to-end runs take free
 * ones, so several builds can run side by side on one machine. Each service has a second, management port for
 * /q/health, /q/metrics and /q/openapi, which its public port does not serve.
 */
public record PortPlan(int postgresEmbedded, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                       int gateway, int caseService, int networkService, int advisoryService,
                       int gatewayManagement, int caseManagement, int networkManagement, int advisoryManagement,
                       int mailSmtp, int mailPop3) {

    public static PortPlan fixed() {
        // embedded PostgreSQL takes 5432 when nothing runs there (then the services' defaults just work)
        int postgres = Ports.inUse(Postgres.LOCAL_PORT) ? 15432 : Postgres.LOCAL_PORT;
        return new PortPlan(postgres, 9092, 9093, 8180, 8190, 8080, 8081, 8082, 8083,
                management("GATEWAY", 9080), management("CASE", 9081), management("NETWORK", 9082),
                management("ADVISORY", 9083), 1025, 1110);
    }

    public static PortPlan free() {
        return new PortPlan(0, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    /** The run's management port of a service: {@code CAREBRIDGE_<SERVICE>_MANAGEMENT_PORT} or the default. */
    private static int management(String service, int fallback) {
        String value = System.getenv("CAREBRIDGE_" + service + "_MANAGEMENT_PORT");
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
