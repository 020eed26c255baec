package org.carebridge.gateway.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses how a request is authenticated. Pages and API calls of a signed-in browser use the "web" tenant (the
 * authorization code flow with PKCE, tokens kept in an encrypted session cookie); an API call with a bearer token,
 * or with neither token nor session, uses the default bearer tenant, so that a third-party client gets a plain 401
 * instead of a redirect to a login page it cannot use.
 */
@ApplicationScoped
public class WebTenantResolver implements TenantResolver {

    public static final String WEB = "web";
    /** Quarkus names the session cookie of a tenant q_session_<tenant> (chunked: q_session_web_chunk_1, ...). */
    static final String SESSION_COOKIE_PREFIX = "q_session_" + WEB;

    @Override
    public String resolve(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/api/")) {
            return WEB;
        }
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        return hasSession(context) ? WEB : null;
    }

    public static boolean hasSession(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE_PREFIX)) {
                return true;
            }
        }
        return false;
    }
}
