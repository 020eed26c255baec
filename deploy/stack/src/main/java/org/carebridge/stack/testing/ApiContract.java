package org.carebridge.stack.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API contract as the runs see it: every exchange the end-to-end and proof tests make through the gateway is
 * checked (Atlassian's swagger-request-validator) against the OpenAPI document of the service that answered it, so
 * a document that says 200 where the service answers 201, or leaves out a field, a status or an error's shape, is a
 * mismatch here and not a wrong generated client somewhere else. One per test JVM ({@link #of}); the modules'
 * {@code ApiContractIT} runs last and asserts what the others' exchanges left.
 */
public final class ApiContract {

    /** The documents are read from the management interface, the only place that serves {@code /q/openapi}. */
    public static final List<String> SERVICES = List.of("case-service", "network-service", "advisory-service",
            "gateway");
    private static final int EXAMPLES = 200;
    /** What the validator says of a request for a path or method no document has. */
    private static final Set<String> OUTSIDE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");
    private static ApiContract current;

    /** One HTTP exchange; {@code path} is the raw path without the query string. */
    public record Exchange(String method, String path, Map<String, List<String>> query,
                           Map<String, List<String>> requestHeaders, String requestBody, int status,
                           Map<String, List<String>> responseHeaders, String responseBody) {
    }

    private final Map<String, OpenApiInteractionValidator> validators = new LinkedHashMap<>();
    private final Map<String, Integer> mismatches = new TreeMap<>();
    private int checked;
    private int outsideDocuments;

    private ApiContract(Map<String, String> documents) {
        // an undocumented field in a body is a mismatch: the library lets it pass unless told otherwise
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                .build();
        documents.forEach((service, document) -> validators.put(service,
                OpenApiInteractionValidator.createForInlineApiSpecification(document).withLevelResolver(levels)
                        .build()));
    }

    /** The contract of the running system, its four documents read once per JVM: the one the runs' exchanges meet. */
    public static synchronized ApiContract of(SystemUnderTest system) {
        if (current == null) {
            current = read(system);
        }
        return current;
    }

    /** A contract of its own on the running system's documents (to plant a mismatch in without touching the runs'). */
    public static ApiContract read(SystemUnderTest system) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            documents.put(service, document(system.managementUrl(service)));
        }
        return new ApiContract(documents);
    }

    /** A contract of the given documents (service name to OpenAPI JSON or YAML): for the test of this checker. */
    public static ApiContract of(Map<String, String> documents) {
        return new ApiContract(documents);
    }

    /**
     * The service that answers {@code path} behind the gateway: its routing table (ServiceRoutes) relays
     * {@code /api/cases}, {@code /api/me/work} to case-service, and so on; the rest of {@code /api} is the gateway's
     * own. Null for what is not the API (the web client's pages, Keycloak).
     */
    public static String serviceOf(String path) {
        if (!path.startsWith("/api/")) {
            return null;
        }
        String rest = path.substring("/api/".length());
        String section = rest.startsWith("me/work") ? "me/work" : rest.split("/", 2)[0];
        return switch (section) {
            case "cases", "me/work" -> "case-service";
            case "network" -> "network-service";
            case "advisory" -> "advisory-service";
            default -> "gateway";
        };
    }

    /**
     * Checks the request and the response: for clients that mean to send valid requests (the end-to-end walks).
     * A deliberately bad request ({@code requestToo} false: the proof's campaign and matrix) has only its answer
     * checked, and one to a path or method no document has (a path trick) is counted as outside the documents.
     */
    public void check(Exchange exchange, boolean requestToo) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        check(request(exchange), response.build(), requestToo);
    }

    /** The same for a client with its own adapters (REST Assured's in swagger-request-validator-restassured). */
    public synchronized void check(Request request, Response response, boolean requestToo) {
        String service = serviceOf(request.getPath());
        if (service == null) {
            return;
        }
        OpenApiInteractionValidator validator = validators.get(service);
        ValidationReport report;
        try {
            report = requestToo ? validator.validate(request, response)
                    : validator.validateResponse(request.getPath(), request.getMethod(), response);
        } catch (RuntimeException failed) {
            mismatches.merge(service + " " + request.getMethod() + " " + request.getPath() + " -> "
                    + response.getStatus() + ": the validator failed: " + failed, 1, Integer::sum);
            return;
        }
        checked++;
        if (!requestToo && report.getMessages().stream().anyMatch(m -> OUTSIDE.contains(m.getKey()))) {
            outsideDocuments++;
            return;
        }
        // an event stream never ends: a client reads its status and type and cuts it, so its body is never there
        boolean stream = response.getContentType().filter(t -> t.startsWith("text/event-stream")).isPresent();
        for (ValidationReport.Message message : report.getMessages()) {
            if (stream && message.getKey().equals("validation.response.body.missing")) {
                continue;
            }
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                mismatches.merge(describe(service, request, response.getStatus(), message), 1, Integer::sum);
            }
        }
    }

    private static Request request(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method().toUpperCase(Locale.ROOT),
                exchange.path());
        exchange.requestHeaders().forEach(request::withHeader);
        exchange.query().forEach(request::withQueryParam);
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static String describe(String service, Request request, int status, ValidationReport.Message message) {
        String operation = message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation)
                .map(op -> op.getMethod() + " " + op.getApiPath().original())
                .orElse(request.getMethod() + " " + request.getPath());
        String text = message.getMessage().replace('\n', ' ');
        return service + " " + operation + " -> " + status + ": [" + message.getKey() + "] "
                + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }

    /** How many exchanges were checked (those to the API only). */
    public synchronized int checked() {
        return checked;
    }

    /** Answers to requests for a path or method no document has: not checked (what would they be checked against?). */
    public synchronized int outsideDocuments() {
        return outsideDocuments;
    }

    /** Each distinct mismatch with how often it was seen; empty is the contract kept. */
    public synchronized Map<String, Integer> mismatches() {
        return new TreeMap<>(mismatches);
    }

    /** A readable account (the first {@value #EXAMPLES} distinct mismatches), also written to {@code file}. */
    public synchronized String report(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("API contract: " + checked + " exchanges checked, " + outsideDocuments
                + " answers to requests outside the documents, " + mismatches.size() + " distinct mismatches");
        mismatches.entrySet().stream().limit(EXAMPLES).forEach(m -> lines.add(m.getValue() + "x " + m.getKey()));
        String text = String.join("\n", lines);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, String.join("\n", mismatches.entrySet().stream()
                    .map(m -> m.getValue() + "x " + m.getKey()).toList()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    private static String document(String managementUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl + "/q/openapi?format=json")).build();
        try {
            // HTTP/1.1: the JDK client's default h2c upgrade now and then misread a large document's answer as HTTP/2
            // frames ("Frame type(32) ... exceeds MAX_FRAME_SIZE", seen in the proof run)
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(managementUrl + "/q/openapi answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
