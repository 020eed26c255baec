package org.carebridge.platform.metrics;

/**
 * A gauge whose value is read from outside the service's tables (e.g. the dead-letter topic's size from the broker's
 * offsets): a bean of this type is refreshed on {@link GaugeSchedule}, without a transaction. A gauge that reads the
 * service's own tables is a {@link TableGauge} instead.
 */
public interface ScheduledGauge {

    /** Reads the source and sets the gauge's value; a failure leaves the last value in place. */
    void refresh();
}
