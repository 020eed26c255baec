package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Raw HTTP as an attacker would send it: any method, any bytes, any content type, any token, no client-side
 * encoding or validation in the way. Streams (Server-Sent Events) are cut after the headers.
 */
final class HttpCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_BODY = 1 << 20;

    /** What came back; {@code text} is the body as UTF-8 (at most 1 MiB read). */
    record Answer(int status, String contentType, String text) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            return HttpCalls.json(text);
        }
    }

    private HttpCalls() {
    }

    static Answer get(String url) {
        return send("GET", url, null, null, null);
    }

    /**
     * Sends {@code body} bytes (null for none) with {@code contentType}; {@code token} null sends no Authorization.
     * The answer is kept for the API contract (ContractRecording); the request, often wrong on purpose, is not checked.
     */
    static Answer send(String method, String url, String token, String contentType, byte[] body) {
        return send(method, url, token, contentType, body, false);
    }

    private static Answer send(String method, String url, String token, String contentType, byte[] body,
                               boolean meantRight) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, application/problem+json, */*");
        HttpRequest built = request.build();
        try {
            HttpResponse<InputStream> response = HTTP.send(built, HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            try (InputStream in = response.body()) {
                // an event stream never ends: its status and type are the answer
                byte[] bytes = type != null && type.startsWith("text/event-stream") ? new byte[0]
                        : in.readNBytes(MAX_BODY);
                Answer answer = new Answer(response.statusCode(), type, new String(bytes, StandardCharsets.UTF_8));
                ContractRecording.record(built, body, response.headers().map(), answer, meantRight);
                return answer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer sendJson(String method, String url, String token, Object body) {
        return sendJson(method, url, token, body, false);
    }

    /**
     * A JSON request meant to be right (the world's set-up, the governance walk): the request is checked against the
     * documents too, not only its answer.
     */
    static Answer sendRightJson(String method, String url, String token, Object body) {
        return sendJson(method, url, token, body, true);
    }

    private static Answer sendJson(String method, String url, String token, Object body, boolean meantRight) {
        try {
            return send(method, url, token, body == null ? null : "application/json",
                    body == null ? null : JSON.writeValueAsBytes(body), meantRight);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + abbreviated(text), e);
        }
    }

    static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
