package org.carebridge.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Sessions and streams checked against Keycloak every second, small stream caps, a rate limit out of the way. */
public class QuickSessionChecks implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("carebridge.notifications.max-streams-per-user", "3",
                "carebridge.notifications.max-streams", "12", "carebridge.session.check-every", "1S",
                "carebridge.rate-limit.burst", "1000", "carebridge.rate-limit.per-minute", "60000");
    }
}
