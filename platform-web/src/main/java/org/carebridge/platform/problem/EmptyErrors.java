package org.carebridge.platform.problem;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Last safety net inside REST: an error answer without a body (a mapper of Quarkus' own, such as the one that gave
 * a repeated JSON key an empty 500) gets a problem+json body with its status; what ProblemMappers answers is kept.
 */
public class EmptyErrors {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerResponseFilter
    public void fill(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 400 && !response.hasEntity()) {
            String reason = RouteProblems.reason(status);
            response.setEntity(Problem.of(status, reason, status >= 500 ? "unexpected error" : reason, List.of()),
                    null, PROBLEM);
        }
    }
}
