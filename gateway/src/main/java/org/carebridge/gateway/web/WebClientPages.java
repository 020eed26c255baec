package org.carebridge.gateway.web;

import io.quarkus.vertx.http.security.HttpSecurity;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Serves the web client's one HTML shell for every page address ({@code /cases/<id>}, {@code /inbox}, ...), so a
 * page can be bookmarked and reloaded; the shell's scripts then draw the page from the public REST API. The sections
 * come from the client's route table ({@link PageRoutes}); below a section the client itself answers an address it
 * has no page for. Pages need a signed-in user, which is what sends a newcomer to the Keycloak login.
 */
@ApplicationScoped
public class WebClientPages {

    static final String LOGIN = "/login";
    static final String SIGNED_OUT = "/signed-out";

    private final Buffer shell = load("web/shell.html");
    private final Set<String> sections = PageRoutes.sections(PageRoutes.paths(load(PageRoutes.TABLE)
            .toString(StandardCharsets.UTF_8)));

    void register(@Observes Router router) {
        router.getWithRegex(pages(sections)).handler(this::page);
        router.get(LOGIN).handler(WebClientPages::login);
    }

    /** The start address, the signed-out page and everything in or below a section of the route table. */
    static String pages(Set<String> sections) {
        return "^/((" + String.join("|", sections) + ")(/.*)?|" + SIGNED_OUT.substring(1) + ")?$";
    }

    /** Every page but the signed-out one, and the login and logout addresses, need a signed-in user. */
    void secure(@Observes HttpSecurity http) {
        http.path(signInPaths(sections).toArray(String[]::new)).authenticated();
    }

    static List<String> signInPaths(Set<String> sections) {
        List<String> paths = new ArrayList<>(List.of("/", LOGIN, "/logout"));
        for (String section : sections) {
            paths.add("/" + section);
            paths.add("/" + section + "/*");
        }
        return paths;
    }

    private void page(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(shell);
    }

    /** Reached only once signed in (the login redirect comes first); goes on to where the user was heading. */
    private static void login(RoutingContext ctx) {
        ctx.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, localPath(ctx.request().getParam("next")))
                .end();
    }

    /** Only a path of this site: "next" must not turn the login into an open redirect to another site. */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    private static Buffer load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the gateway");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
