package org.carebridge.platform.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path under /api that no resource serves (a typo, or "../" junk that normalises elsewhere) is a 404 problem like
 * every other error, instead of the HTTP server's HTML page.
 */
@ApplicationScoped
public class UnknownPaths {

    static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"no such resource\"}";

    void install(@Observes Router router) {
        // last of all routes: only what the REST resources passed on reaches it
        router.route("/api/*").order(Integer.MAX_VALUE).handler(ctx -> ctx.response().setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE).end(BODY));
    }
}
