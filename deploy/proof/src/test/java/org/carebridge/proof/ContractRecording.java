package org.carebridge.proof;

import org.carebridge.stack.testing.ApiContract;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every exchange of this test JVM's proofs with the API, kept for {@link ProofContractIT} (run last), which checks
 * them against the services' OpenAPI documents. Kept, not checked as they come: the campaign sends four at a time and
 * the checker is one lock. Only the answer is checked unless the request was meant to be right (the world's set-up,
 * the governance walk): the campaign's and the matrix's requests are wrong on purpose (a bad token, junk in a field).
 */
final class ContractRecording {

    /** One exchange and whether its request is checked too. */
    record Recorded(ApiContract.Exchange exchange, boolean requestToo) {
    }

    /**
     * What is left out, with why: a request target java.net.URI cannot parse (a raw backslash) is answered by Quarkus'
     * root handler with an empty 400 before any router or document (docs/http-refusals.md); the path trick that sent
     * it counts it as its own class.
     */
    static final String BEFORE_THE_ROUTER = "refused before the router (a request target that is no URI)";

    private static final ConcurrentLinkedQueue<Recorded> EXCHANGES = new ConcurrentLinkedQueue<>();
    private static final Map<String, Integer> LEFT_OUT = new TreeMap<>();

    private ContractRecording() {
    }

    /** An exchange of {@link HttpCalls}: the request as sent (its body bytes beside it), the answer as read. */
    static void record(HttpRequest request, byte[] body, Map<String, List<String>> responseHeaders,
                       HttpCalls.Answer answer, boolean requestToo) {
        String path = normalised(request.uri().getRawPath());
        if (!ApiContract.isApi(path)) {
            return;
        }
        String requestBody = requestToo && body != null ? new String(body, StandardCharsets.UTF_8) : null;
        EXCHANGES.add(new Recorded(new ApiContract.Exchange(request.method(), path, query(request.uri().getRawQuery()),
                request.headers().map(), requestBody, answer.status(), responseHeaders, answer.text()), requestToo));
    }

    /** An answer to a raw request line (PathTricks): only its answer is checked, and not one refused before the router. */
    static void recordRaw(String rawPath, HttpCalls.Answer answer) {
        if (PathTricks.refusedBeforeTheRouter(rawPath)) {
            synchronized (LEFT_OUT) {
                LEFT_OUT.merge(BEFORE_THE_ROUTER, 1, Integer::sum);
            }
            return;
        }
        int query = rawPath.indexOf('?');
        String path = query < 0 ? rawPath : rawPath.substring(0, query);
        if (!ApiContract.isApi(path)) {
            return;
        }
        Map<String, List<String>> headers = answer.contentType() == null ? Map.of()
                : Map.of("Content-Type", List.of(answer.contentType()));
        EXCHANGES.add(new Recorded(new ApiContract.Exchange("GET", path, Map.of(), Map.of(), null, answer.status(),
                headers, answer.text()), false));
    }

    /**
     * The path the service answered: like Vert.x, an encoded dot is a dot and dot segments are removed (the campaign's
     * {@code ..} as an id is answered by the parent resource, rightly), and like JAX-RS a trailing slash is no other
     * resource. The raw path would be checked against the wrong operation.
     */
    static String normalised(String rawPath) {
        try {
            String path = URI.create(rawPath.replaceAll("(?i)%2e", ".")).normalize().getRawPath();
            return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        } catch (IllegalArgumentException notAUri) {
            return rawPath;
        }
    }

    static List<Recorded> exchanges() {
        return new ArrayList<>(EXCHANGES);
    }

    /** What was left out of the check, by reason. */
    static Map<String, Integer> leftOut() {
        synchronized (LEFT_OUT) {
            return new TreeMap<>(LEFT_OUT);
        }
    }

    /** The query string as the validator wants it: decoded names and values, a value that does not decode kept raw. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notDecodable) {
            return text;
        }
    }
}
