package org.carebridge.cases.support;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The mappings read the keys the @ConfigProperty injections read, keep their defaults, and refuse a mistyped key. */
class CaseSettingsTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(CaseSettings.LocalZone.class)
                .withMapping(CaseSettings.Retention.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void theLocalZoneIsTheKeyCarebridgeLocalZoneItself() {
        assertEquals(ZoneId.of("Europe/Brussels"), config(Map.of("carebridge.local-zone", "Europe/Brussels"))
                .getConfigMapping(CaseSettings.LocalZone.class).zone());
    }

    @Test
    void anUnsetRetentionPeriodIsTwoYearsAsBefore() {
        CaseSettings.Retention retention = config(Map.of("carebridge.local-zone", "UTC"))
                .getConfigMapping(CaseSettings.Retention.class);
        assertEquals(Duration.ofDays(730), retention.period());
        assertEquals("1h", retention.checkInterval());
    }

    @Test
    void aMistypedKeyUnderAGroupStopsTheStart() {
        assertThrows(RuntimeException.class, () -> config(Map.of("carebridge.local-zone", "UTC",
                "carebridge.retention.periode", "P1D")));
    }
}
