package org.carebridge.gateway.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.carebridge.gateway.guard.Problems;
import org.jboss.logging.Logger;

/**
 * One log line per API request the gateway refuses (401, 403): a bad token stops here and never reaches a
 * service. The services log theirs through platform, which the gateway does not take (it has no database).
 * Also answers an unknown /api path with a 404 problem rather than the HTTP server's HTML page.
 */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class);

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addEndHandler(ended -> {
                int status = ctx.response().getStatusCode();
                if (status == 401 || status == 403) {
                    // the path only, cut and reduced to URL characters: never the query (name searches)
                    String path = ctx.request().path();
                    path = path.substring(0, Math.min(path.length(), 200)).replaceAll("[^A-Za-z0-9/._~%-]", "?");
                    LOG.infof("access refused: %d %s %s at the gateway", status, ctx.request().method().name(), path);
                }
            });
            ctx.next();
        });
        // last of all routes: a path no resource serves is a 404 problem, as the services answer it, not HTML
        router.route("/api/*").order(Integer.MAX_VALUE)
                .handler(ctx -> Problems.send(ctx, 404, "Not Found", "no such resource"));
    }
}
