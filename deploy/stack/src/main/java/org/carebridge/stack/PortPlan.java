package org.carebridge.stack;

import java.util.List;

/**
 * Every port the stack uses. The run command uses fixed, documented ports; tests and end-to-end runs take free
 * ones, so several builds can run side by side on one machine. Each service has a second, management port for
 * /q/health, /q/metrics and /q/openapi, which its public port does not serve. The first replica of each service has
 * the ports named here; further replicas ({@code --replicas N}) get theirs from {@link #replica}.
 */
public record PortPlan(int postgresEmbedded, int kafka, int kafkaController, int keycloak, int keycloakManagement,
                       int gateway, int caseService, int networkService, int advisoryService,
                       int gatewayManagement, int caseManagement, int networkManagement, int advisoryManagement,
                       int mailSmtp, int mailPop3, boolean fixedPorts) {

    /** Replicas per service on one machine: the fixed ports of the 8th end below Keycloak's 8180. */
    public static final int MAX_REPLICAS = 8;
    /** In the order of the fixed ports' last digit: gateway 8080, case 8081, network 8082, advisory 8083. */
    static final List<String> SERVICES = List.of("gateway", "case-service", "network-service", "advisory-service");

    /** A replica's public port and its management port. */
    public record ServicePorts(int port, int management) {
    }

    public static PortPlan fixed() {
        // embedded PostgreSQL takes 5432 when nothing runs there (then the services' defaults just work)
        int postgres = Ports.inUse(Postgres.LOCAL_PORT) ? 15432 : Postgres.LOCAL_PORT;
        return new PortPlan(postgres, 9092, 9093, 8180, 8190, 8080, 8081, 8082, 8083,
                management("GATEWAY", 9080), management("CASE", 9081), management("NETWORK", 9082),
                management("ADVISORY", 9083), 1025, 1110, true);
    }

    public static PortPlan free() {
        return new PortPlan(0, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), false);
    }

    /**
     * The ports of replica {@code replica} (1 is the first) of {@code service} (a module name). Fixed: replica 2 of
     * the gateway, case-, network- and advisory-service on 8100-8103 (management 9100-9103), replica 3 on 8110-8113,
     * and so on; free ports otherwise.
     */
    public ServicePorts replica(String service, int replica) {
        int index = SERVICES.indexOf(service);
        if (index < 0 || replica < 1 || replica > MAX_REPLICAS) {
            throw new IllegalArgumentException("no replica " + replica + " of " + service);
        }
        if (replica == 1) {
            return switch (index) {
                case 0 -> new ServicePorts(gateway, gatewayManagement);
                case 1 -> new ServicePorts(caseService, caseManagement);
                case 2 -> new ServicePorts(networkService, networkManagement);
                default -> new ServicePorts(advisoryService, advisoryManagement);
            };
        }
        if (!fixedPorts) {
            return new ServicePorts(Ports.free(), Ports.free());
        }
        int offset = 10 * (replica - 2) + index;
        return new ServicePorts(8100 + offset, 9100 + offset);
    }

    /** The run's management port of a service: {@code CAREBRIDGE_<SERVICE>_MANAGEMENT_PORT} or the default. */
    private static int management(String service, int fallback) {
        String value = System.getenv("CAREBRIDGE_" + service + "_MANAGEMENT_PORT");
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
