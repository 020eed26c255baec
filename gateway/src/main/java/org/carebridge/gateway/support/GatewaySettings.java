package org.carebridge.gateway.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/**
 * The gateway's own settings (application.properties), one mapping per group. Each group has a narrow prefix
 * rather than one {@code carebridge} mapping: a mapping refuses every key under its prefix that it does not know,
 * and {@code carebridge.*} also holds platform's keys and the tests'. The routes to the services are
 * {@link org.carebridge.gateway.proxy.ServiceRoutes}.
 */
public final class GatewaySettings {

    private GatewaySettings() {
    }

    /** Calls on /api per user (RateLimit): a bucket of {@code burst} calls refilled {@code per-minute} a minute. */
    @ConfigMapping(prefix = "carebridge.rate-limit")
    public interface RateLimit {
        @WithDefault("600")
        int perMinute();

        @WithDefault("120")
        int burst();
    }

    /** The gateway's own request limits (RequestShape), below the HTTP decoder's so they answer problem+json. */
    @ConfigMapping(prefix = "carebridge.limits")
    public interface Limits {
        int maxUriLength();

        int maxHeaderBytes();

        long maxBodyBytes();
    }

    /** {@code carebridge.tls=true}: a TLS-terminating proxy is in front, so answers carry HSTS (SecurityHeaders). */
    @ConfigMapping(prefix = "carebridge.tls")
    public interface Tls {
        @WithParentName
        @WithDefault("false")
        boolean enabled();
    }

    /** The live notification streams relayed from network-service (NotificationRelay). */
    @ConfigMapping(prefix = "carebridge.notifications")
    public interface Notifications {
        String serviceUrl();

        int maxStreamsPerUser();

        int maxStreams();
    }

    /** How often a live stream or browser session asks Keycloak whether its sign-in still stands. */
    @ConfigMapping(prefix = "carebridge.session")
    public interface Session {
        Duration checkEvery();
    }

    /** The public API's merged document (apidoc.PublicApiDocument): whose documents, and how long one is kept. */
    @ConfigMapping(prefix = "carebridge.api-document")
    public interface ApiDocument {
        /** Each service's management interface (e.g. case-service: http://127.0.0.1:9081), serving /q/openapi. */
        Map<String, String> sources();

        Duration cacheFor();
    }
}
