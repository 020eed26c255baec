package org.carebridge.gateway.proxy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which service owns each relayed section of /api; {@code /api/cases/**} goes to case-service unchanged, and so on.
 * The names are Stork services (application.properties: {@code quarkus.stork.<name>.*}), each a list of replicas.
 */
public final class ServiceRoutes {

    /** The paths the gateway relays: {@link ApiProxy}'s sections and {@code /api/me/work} (MeResource). */
    private static final Pattern RELAYED = Pattern.compile("/api/(cases|network|advisory)(?:/.*)?|/api/(me/work)");

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

    /** The service that answers {@code path} through the gateway; null where the gateway answers itself. */
    public static String serviceOfPath(String path) {
        Matcher relayed = RELAYED.matcher(path);
        if (!relayed.matches()) {
            return null;
        }
        return serviceOf(relayed.group(1) != null ? relayed.group(1) : relayed.group(2));
    }
}
