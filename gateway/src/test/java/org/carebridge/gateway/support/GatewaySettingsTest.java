package org.carebridge.gateway.support;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mappings keep the defaults the @ConfigProperty injections had, and refuse a mistyped key. */
class GatewaySettingsTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(GatewaySettings.RateLimit.class)
                .withMapping(GatewaySettings.Tls.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void unsetRateLimitAndTlsKeepTheirDefaults() {
        SmallRyeConfig config = config(Map.of());
        assertEquals(600, config.getConfigMapping(GatewaySettings.RateLimit.class).perMinute());
        assertEquals(120, config.getConfigMapping(GatewaySettings.RateLimit.class).burst());
        assertFalse(config.getConfigMapping(GatewaySettings.Tls.class).enabled());
    }

    @Test
    void theTlsFlagIsTheKeyCarebridgeTlsItself() {
        assertTrue(config(Map.of("carebridge.tls", "true")).getConfigMapping(GatewaySettings.Tls.class).enabled());
    }

    @Test
    void aMistypedKeyUnderAGroupStopsTheStart() {
        assertThrows(RuntimeException.class, () -> config(Map.of("carebridge.rate-limit.per-minut", "60")));
    }
}
