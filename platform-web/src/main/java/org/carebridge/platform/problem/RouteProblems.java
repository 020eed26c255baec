package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerResponse;

import java.util.List;

/**
 * Writes a problem+json answer straight on the HTTP response, for refusals made before any REST resource runs (the
 * services' guards, the gateway's proxy and filters): the status' own reason phrase as title, the detail as given.
 */
public final class RouteProblems {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private RouteProblems() {
    }

    public static void field(HttpServerResponse response, int status, String field, String message) {
        send(response, Problem.of(status, reason(status), field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static void plain(HttpServerResponse response, int status, String detail) {
        send(response, Problem.of(status, reason(status), detail, List.of()));
    }

    public static void send(HttpServerResponse response, Problem problem) {
        if (response.ended() || response.headWritten()) {
            return; // an answer already on its way: too late to change its status
        }
        String body;
        try {
            body = PLAIN.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"about:blank\",\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    public static String reason(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }
}
