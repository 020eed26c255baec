package org.carebridge.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.TreeSet;

/**
 * Logs every refused API request (401, 403) as one line: status, method, path and caller, so that probing shows
 * in the log. Never the query string or body: those carry name searches and case text.
 */
@ApplicationScoped
public class RefusalLog {

    static final String PREFIX = "access refused: ";
    private static final Logger LOG = Logger.getLogger(RefusalLog.class);
    private static final int MAX_PATH = 200;

    void install(@Observes Router router) {
        // first of all routes: a token refused by the OIDC layer never reaches a resource or an exception mapper
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addEndHandler(ended -> {
                int status = ctx.response().getStatusCode();
                if (status == 401 || status == 403) {
                    LOG.info(line(status, ctx));
                }
            });
            ctx.next();
        });
    }

    static String line(int status, RoutingContext ctx) {
        return PREFIX + status + " " + ctx.request().method().name() + " " + path(ctx.request().path())
                + " by " + caller(ctx);
    }

    /** The path as sent, cut and reduced to URL-safe characters so that junk in it cannot forge log lines. */
    static String path(String raw) {
        if (raw == null) {
            return "?";
        }
        String cut = raw.length() > MAX_PATH ? raw.substring(0, MAX_PATH) + "..." : raw;
        return cut.replaceAll("[^A-Za-z0-9/._~%-]", "?");
    }

    private static String caller(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return path(identity.getPrincipal().getName()) + " " + new TreeSet<>(identity.getRoles());
            }
        }
        return "no valid token";
    }
}
