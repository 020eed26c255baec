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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API contract as clients see it: every exchange the end-to-end and proof tests make with the API is checked
 * (Atlassian's swagger-request-validator) against the one document a client would generate its code from, the
 * gateway's merge of its own and the services' ({@code /q/openapi-public}). So a service document that says 200
 * where the service answers 201, or leaves out a field, a status or an error's shape, is a mismatch here, and so is
 * a merge that loses or renames something on the way. One per test JVM ({@link #of}); the modules'
 * {@code ApiContractIT} runs last and asserts what the others' exchanges left.
 */
public final class ApiContract {

    /** Served on the gateway's management interface only, like every {@code /q} document. */
    public static final String PUBLIC_DOCUMENT = "/q/openapi-public";
    /** Where the merged document names a service whose own document it could not read (gateway MergedDocument). */
    static final String MISSING = "x-carebridge-missing";
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

    private final OpenApiInteractionValidator validator;
    private final Map<String, Integer> mismatches = new TreeMap<>();
    private int checked;
    private int outsideDocuments;

    private ApiContract(String document) {
        // an undocumented field in a body is a mismatch: the library lets it pass unless told otherwise
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                .build();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).withLevelResolver(levels)
                .build();
    }

    /** The contract of the running system, its document read once per JVM: the one the runs' exchanges meet. */
    public static synchronized ApiContract of(SystemUnderTest system) {
        if (current == null) {
            current = read(system);
        }
        return current;
    }

    /** A contract of its own on the running system's document (to plant a mismatch in without touching the runs'). */
    public static ApiContract read(SystemUnderTest system) {
        return of(document(system.managementUrl("gateway") + PUBLIC_DOCUMENT));
    }

    /**
     * A contract of the given document (OpenAPI JSON or YAML). A merge that lacks a service is refused: its
     * operations would all be "outside the document" and a whole service would go unchecked.
     */
    public static ApiContract of(String document) {
        if (document.contains("\"" + MISSING + "\"") || document.contains(MISSING + ":")) {
            throw new IllegalStateException("the merged API document lacks a service's own document: "
                    + document.substring(0, Math.min(document.length(), 600)));
        }
        return new ApiContract(document);
    }

    /** Whether {@code path} is the API (not the web client's pages, not Keycloak): what the contract covers. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/");
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
        if (!isApi(request.getPath())) {
            return;
        }
        ValidationReport report;
        try {
            report = requestToo ? validator.validate(request, response)
                    : validator.validateResponse(request.getPath(), request.getMethod(), response);
        } catch (RuntimeException failed) {
            mismatches.merge(request.getMethod() + " " + request.getPath() + " -> "
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
                mismatches.merge(describe(request, response.getStatus(), message), 1, Integer::sum);
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

    private static String describe(Request request, int status, ValidationReport.Message message) {
        String operation = message.getContext().flatMap(ValidationReport.MessageContext::getApiOperation)
                .map(op -> op.getMethod() + " " + op.getApiPath().original())
                .orElse(request.getMethod() + " " + request.getPath());
        String text = message.getMessage().replace('\n', ' ');
        return operation + " -> " + status + ": [" + message.getKey() + "] "
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

    private static String document(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        try {
            // HTTP/1.1: the JDK client's default h2c upgrade now and then misread a large document's answer as HTTP/2
            // frames ("Frame type(32) ... exceeds MAX_FRAME_SIZE", seen in the proof run)
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode());
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
