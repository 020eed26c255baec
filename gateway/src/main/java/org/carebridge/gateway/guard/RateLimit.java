package org.carebridge.gateway.guard;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carebridge.gateway.support.GatewaySettings;
import org.carebridge.platform.problem.RouteProblems;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits the API calls of each user (by login name; of each address for calls without one): a token bucket that
 * holds {@code burst} calls and refills {@code per-minute} a minute. Over the limit: 429 problem+json with
 * Retry-After. Runs after authorization (100), so the name is the checked one and a refused token costs nothing.
 * In memory per gateway instance: a limit that protects the services, not a quota to account for.
 */
@ApplicationScoped
public class RateLimit {

    static final int PRIORITY = 90;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perNano;
    private final double burst;
    private final LongSupplier clock;

    @Inject
    public RateLimit(GatewaySettings.RateLimit settings) {
        this(settings.perMinute(), settings.burst(), System::nanoTime);
    }

    RateLimit(int perMinute, int burst, LongSupplier clock) {
        this.perNano = perMinute / (double) NANOS_PER_MINUTE;
        this.burst = burst;
        this.clock = clock;
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    void limit(RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith("/api/")) {
            ctx.next();
            return;
        }
        long waitNanos = take(callerOf(ctx));
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        RouteProblems.plain(ctx.response(), 429, "too many requests from you; try again in " + seconds + " s");
    }

    /** @return 0 when the call may go ahead, else how long until the next one may */
    long take(String caller) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear(); // a flood of distinct callers: forget all rather than grow without bound
        }
        return buckets.computeIfAbsent(caller, k -> new Bucket(burst, clock.getAsLong())).take(clock.getAsLong());
    }

    private static String callerOf(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (!identity.isAnonymous()) {
                return "user:" + identity.getPrincipal().getName();
            }
        }
        return "address:" + ctx.request().remoteAddress().hostAddress();
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
