package org.carebridge.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import java.util.ArrayList;
import java.util.List;

/**
 * A gauge per group of a {@code select <tag columns>, count(*) ... group by} query, e.g. open escalations per region
 * and status. Each refresh replaces the whole set, so a group that emptied disappears instead of keeping its last
 * value. The values come from the service's own database, not from counting in memory: every replica reports the
 * same truth, and a restart loses nothing.
 */
public final class GroupedCounts {

    private final MultiGauge gauge;
    private final List<String> tagNames;

    public GroupedCounts(MeterRegistry meters, String name, String description, String... tagNames) {
        this.gauge = MultiGauge.builder(name).description(description).register(meters);
        this.tagNames = List.of(tagNames);
    }

    /** @param rows each row holds the tag values in the order of the tag names, then the count */
    public void refresh(List<Object[]> rows) {
        List<MultiGauge.Row<?>> gauges = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Tags tags = Tags.empty();
            for (int i = 0; i < tagNames.size(); i++) {
                tags = tags.and(tagNames.get(i), String.valueOf(row[i]));
            }
            gauges.add(MultiGauge.Row.of(tags, ((Number) row[tagNames.size()]).doubleValue()));
        }
        gauge.register(gauges, true);
    }
}
