package org.carebridge.gateway.proxy;

/**
 * Which service owns each relayed section of /api; {@code /api/cases/**} goes to case-service unchanged, and so on.
 * The names are Stork services (application.properties: {@code quarkus.stork.<name>.*}), each a list of replicas.
 */
public final class ServiceRoutes {

    private ServiceRoutes() {
    }

    public static String serviceOf(String apiSection) {
        return switch (apiSection) {
            case "cases", "me/work" -> "case-service";
            case "network" -> "network-service";
            case "advisory" -> "advisory-service";
            default -> throw new IllegalArgumentException("no service for /api/" + apiSection);
        };
    }
}
