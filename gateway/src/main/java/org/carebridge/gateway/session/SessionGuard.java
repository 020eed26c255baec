package org.carebridge.gateway.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.web.WebTenantResolver;
import org.carebridge.platform.problem.RouteProblems;

/**
 * A browser session (the encrypted q_session_web cookie) lasts only as long as its sign-in in Keycloak: every
 * {@code carebridge.session.check-every} (30 s) its access token is checked at Keycloak's userinfo endpoint
 * ({@link KeycloakSessions}), so a sign-out in Keycloak, an admin ending the user's sessions or a disabled account
 * ends it here too; the cookie is then cleared, an API call gets 401 and a page goes back through the login.
 * {@code /logout} ends the Keycloak session at once (server to server, with the session's refresh token) and
 * marks the session's token ended, so a copy of the cookie is refused from that moment, not when it expires.
 */
@ApplicationScoped
public class SessionGuard {

    /** After authentication (200) and authorization (100), before the rate limit (90). */
    static final int PRIORITY = 95;

    private final KeycloakSessions sessions;

    public SessionGuard(KeycloakSessions sessions) {
        this.sessions = sessions;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext ctx) {
        AccessTokenCredential token = sessionToken(ctx);
        if (token == null) {
            ctx.next();
            return;
        }
        sessions.active(token.getToken()).onComplete(checked -> {
            if (checked.failed() || checked.result()) {
                ctx.next();
            } else {
                ended(ctx);
            }
        });
    }

    /** Quarkus' RP-initiated logout (/logout): end the sign-in in Keycloak too, whether or not the browser goes. */
    void loggedOut(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED || event.getSecurityIdentity() == null) {
            return;
        }
        AccessTokenCredential token = event.getSecurityIdentity().getCredential(AccessTokenCredential.class);
        if (token != null) {
            sessions.ended(token.getToken());
            if (token.getRefreshToken() != null) {
                sessions.endSession(token.getRefreshToken().getToken());
            }
        }
    }

    /** The session's access token, for a browser session only (a bearer call is the relay's and services' matter). */
    private static AccessTokenCredential sessionToken(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || !WebTenantResolver.hasSession(ctx)
                || !(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        return identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
    }

    private static void ended(RoutingContext ctx) {
        for (Cookie cookie : ctx.request().cookies()) {
            if (cookie.getName().startsWith("q_session_")) {
                ctx.response().addCookie(Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0));
            }
        }
        if (ctx.normalizedPath().startsWith("/api/")) {
            RouteProblems.plain(ctx.response(), 401, "your session has ended; sign in again");
        } else {
            ctx.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/login").end();
        }
    }
}
