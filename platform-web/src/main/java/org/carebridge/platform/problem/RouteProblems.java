package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerResponse;

import java.util.List;

/** Writes a problem+json answer straight on the HTTP response, for refusals made before any REST resource runs. */
final class RouteProblems {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private RouteProblems() {
    }

    static void field(HttpServerResponse response, int status, String field, String message) {
        send(response, Problem.of(status, reason(status), field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    static void plain(HttpServerResponse response, int status, String detail) {
        send(response, Problem.of(status, reason(status), detail, List.of()));
    }

    static void send(HttpServerResponse response, Problem problem) {
        if (response.ended()) {
            return;
        }
        String body;
        try {
            body = PLAIN.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"about:blank\",\"status\":" + problem.status() + "}";
        }
        response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    static String reason(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }
}
