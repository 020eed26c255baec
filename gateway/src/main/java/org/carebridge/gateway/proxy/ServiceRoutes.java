package org.carebridge.gateway.proxy;

import io.smallrye.config.ConfigMapping;

/** Where each service's API lives; {@code /api/cases/**} goes to case-service unchanged, and so on. */
@ConfigMapping(prefix = "carebridge.gateway")
public interface ServiceRoutes {

    String caseServiceUrl();

    String networkServiceUrl();

    String advisoryServiceUrl();

    default String baseUrlOf(String apiSection) {
        return switch (apiSection) {
            case "cases", "me/work" -> caseServiceUrl();
            case "network" -> networkServiceUrl();
            case "advisory" -> advisoryServiceUrl();
            default -> throw new IllegalArgumentException("no service for /api/" + apiSection);
        };
    }
}
