package org.carebridge.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paths a proxy may normalise differently from the server behind it, sent byte for byte (a raw socket: no client
 * cleans them up) to the gateway: {@code ..;}, {@code %2e%2e}, {@code //}, {@code ;jsessionid}, backslashes and
 * double encoding, aimed at the services' /q endpoints and at the API. The gateway routes only normalised
 * {@code /api/{section}/...} paths: a trick is never 5xx, never answered with what it aimed at (2xx), and a 4xx
 * is problem+json.
 */
final class PathTricks {

    /** One raw request line path and the class it is counted under. */
    record Trick(String kind, String path) {
    }

    static final List<String> CLASSES = List.of("..;", "%2e%2e", "//", ";jsessionid", "backslash", "raw backslash",
            "double encoding");

    private static final List<String> TARGETS = List.of("q/metrics", "q/health", "q/openapi");

    private PathTricks() {
    }

    /** Kind and path; {@code %s} is each /q target in turn. */
    private static final String[][] AIMED_AT_Q = {
            {"..;", "/api/cases/..;/..;/%s"}, {"..;", "/api/..;/%s"}, {"..;", "/api/cases/..;jsessionid=x/..;/%s"},
            {"%2e%2e", "/api/cases/%%2e%%2e/%%2e%%2e/%s"}, {"%2e%2e", "/api/cases/%%2E%%2E%%2F%%2E%%2E%%2F%s"},
            {"%2e%2e", "/api/cases/.%%2e/.%%2e/%s"}, {"//", "/api/cases//..//..//%s"}, {"//", "//%s"},
            {";jsessionid", "/api/cases;jsessionid=x/../../%s"}, {"raw backslash", "/api/cases/..\\..\\%s"},
            {"backslash", "/api/cases/..%%5c..%%5c%s"}, {"double encoding", "/api/cases/%%252e%%252e/%%252e%%252e/%s"},
            {"double encoding", "/api/cases/%%252e%%252e%%252f%%252e%%252e%%252f%s"}};
    /** Kind and path of the API reached by a path that is not normalised. */
    private static final String[][] AIMED_AT_API = {
            {"//", "//api/cases"}, {"//", "/api//cases"}, {";jsessionid", "/api/cases;jsessionid=x"},
            {";jsessionid", "/api;jsessionid=x/cases"}, {"raw backslash", "/api\\cases"},
            {"double encoding", "/api/%2563ases"}, {"%2e%2e", "/api/network/%2e%2e/cases"},
            {"..;", "/api/network/..;/cases"}};

    /**
     * Whether the raw path is refused before the router, where no hook of ours reaches: Quarkus' root request handler
     * (VertxHttpRecorder, 3.34.2) parses each request target with java.net.URI and answers what does not parse (a raw
     * backslash, a bad or stray '%') with an empty 400. For such a path only "400, never routed" is asked, not
     * problem+json; every other trick, encoded backslashes included, reaches the gateway's own guards.
     */
    static boolean refusedBeforeTheRouter(String rawPath) {
        try {
            new URI(rawPath);
            return false;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    static List<Trick> all() {
        List<Trick> tricks = new ArrayList<>();
        for (String target : TARGETS) {
            for (String[] trick : AIMED_AT_Q) {
                tricks.add(new Trick(trick[0], trick[1].formatted(target)));
            }
        }
        for (String[] trick : AIMED_AT_API) {
            tricks.add(new Trick(trick[0], trick[1]));
        }
        return tricks;
    }

    /** GET of the raw path on {@code base} (http://host:port), with a bearer token when given. */
    static HttpCalls.Answer get(String base, String rawPath, String token) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Accept: application/json, application/problem+json, */*\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            HttpCalls.Answer answer = parse(socket.getInputStream());
            ContractRecording.recordRaw(rawPath, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + rawPath + ": " + e.getMessage(), e);
        }
    }

    private static HttpCalls.Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int headersEnd = text.indexOf("\r\n\r\n");
        String head = headersEnd < 0 ? text : text.substring(0, headersEnd);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = null;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        String body = headersEnd < 0 ? "" : new String(all.toByteArray(), headersEnd + 4,
                all.size() - headersEnd - 4, StandardCharsets.UTF_8);
        return new HttpCalls.Answer(status, type, body);
    }
}
