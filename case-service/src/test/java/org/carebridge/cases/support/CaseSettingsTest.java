package org.carebridge.cases.support;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The mappings read the keys the @ConfigProperty injections read, keep their defaults, and refuse a mistyped key. */
class CaseSettingsTest {

    /** The given keys over the ages application.properties sets, which the Youth group requires. */
    private static SmallRyeConfig config(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(Map.of("carebridge.youth.age-min", "0", "carebridge.youth.age-max", "27"));
        all.putAll(properties);
        return new SmallRyeConfigBuilder().withMapping(CaseSettings.LocalZone.class)
                .withMapping(CaseSettings.Youth.class)
                .withSources(new PropertiesConfigSource(all, "test", 100)).build();
    }

    @Test
    void theLocalZoneIsTheKeyCarebridgeLocalZoneItself() {
        assertEquals(ZoneId.of("Europe/Brussels"), config(Map.of("carebridge.local-zone", "Europe/Brussels"))
                .getConfigMapping(CaseSettings.LocalZone.class).zone());
    }

    @Test
    void theYouthAgesAreReadFromTheirOwnKeys() {
        CaseSettings.Youth youth = config(Map.of("carebridge.local-zone", "UTC", "carebridge.youth.age-min", "12",
                "carebridge.youth.age-max", "23")).getConfigMapping(CaseSettings.Youth.class);
        assertEquals(12, youth.ageMin());
        assertEquals(23, youth.ageMax());
    }

    @Test
    void aMistypedKeyUnderAGroupStopsTheStart() {
        assertThrows(RuntimeException.class, () -> config(Map.of("carebridge.local-zone", "UTC",
                "carebridge.youth.agemax", "27")));
    }
}
