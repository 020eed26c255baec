package org.carebridge.gateway.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in to the gateway as a browser does, through the real Keycloak login page (authorization code flow
 * with PKCE), and hands back the gateway's session cookie header, which a test can then replay at will.
 */
public final class BrowserLogin {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private BrowserLogin() {
    }

    /** The Cookie header of the gateway session after signing in at {@code gateway} (its base URI). */
    public static String sessionCookie(URI gateway, String username, String password) {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = get(http, cookies, gateway.resolve("/cases"));
        answer = get(http, cookies, URI.create(location(answer)));                     // Keycloak's login page
        Matcher form = FORM_ACTION.matcher(answer.body());
        if (!form.find()) {
            throw new IllegalStateException("no login form on Keycloak's page: " + answer.statusCode());
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        answer = send(http, cookies, HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        answer = get(http, cookies, URI.create(location(answer)));                     // back at the gateway with the code
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("the gateway did not accept the login: " + answer.statusCode());
        }
        return cookies.entrySet().stream().filter(c -> c.getKey().startsWith("q_session_web"))
                .map(c -> c.getKey() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new IllegalStateException("no session cookie after login"));
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect, got " + answer.statusCode() + " " + answer.body()));
    }

    private static HttpResponse<String> get(HttpClient http, Map<String, String> cookies, URI uri) {
        return send(http, cookies, HttpRequest.newBuilder(uri).GET());
    }

    /**
     * Sends every cookie held, whatever its host, port or Secure flag: Keycloak's login cookies are Secure, which a
     * browser still sends to 127.0.0.1 (a secure context) but java.net's cookie handling does not.
     */
    private static HttpResponse<String> send(HttpClient http, Map<String, String> cookies, HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String setCookie : answer.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
