package org.carebridge.network.escalation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.network.vocabulary.Urgency;

import java.time.LocalDate;

/**
 * Every escalation has a due date from the moment it arrives, by urgency (its owner may move it). Not answering
 * in time is what makes an escalation climb to the region's lead coordinator.
 */
@ApplicationScoped
public class DueDates {

    @ConfigMapping(prefix = "carebridge.bridge.due-within-days")
    public interface Config {
        @WithDefault("5")
        int high();

        @WithDefault("10")
        int medium();

        @WithDefault("20")
        int low();
    }

    private final Config config;

    public DueDates(Config config) {
        this.config = config;
    }

    public LocalDate forNew(Urgency urgency, LocalDate received) {
        int days = switch (urgency) {
            case HIGH -> config.high();
            case MEDIUM -> config.medium();
            case LOW -> config.low();
        };
        return received.plusDays(days);
    }
}
