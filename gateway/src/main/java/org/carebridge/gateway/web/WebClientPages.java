package org.carebridge.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the web client's one HTML shell for every page address ({@code /cases/<id>}, {@code /inbox}, ...), so a
 * page can be bookmarked and reloaded; the shell's scripts then draw the page from the public REST API. The page
 * addresses need a signed-in user (application.properties), which is what sends a newcomer to the Keycloak login.
 */
@ApplicationScoped
public class WebClientPages {

    /** Page addresses of the client; keep in step with quarkus.http.auth.permission.pages.paths. */
    static final String PAGES = "^/(cases(/.*)?|inbox(/.*)?|bridge/.*|advisory(/.*)?|admin/.*|audit|signed-out)?$";
    static final String LOGIN = "/login";

    private final Buffer shell = load("web/shell.html");

    void register(@Observes Router router) {
        router.getWithRegex(PAGES).handler(this::page);
        router.get(LOGIN).handler(WebClientPages::login);
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
