package org.carebridge.gateway.guard;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refusal by JAX-RS itself (405, 406, 415, ...) as problem+json with the status' own title, no class names. */
public class JaxRsProblems {

    @ServerExceptionMapper
    public Response refusal(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String problem = """
                {"type":"about:blank","title":"%s","status":%d}""".formatted(title, status);
        Response.ResponseBuilder answer = Response.status(status).type("application/problem+json").entity(problem);
        String allow = e.getResponse().getHeaderString("Allow");
        return (allow == null ? answer : answer.header("Allow", allow)).build();
    }
}
