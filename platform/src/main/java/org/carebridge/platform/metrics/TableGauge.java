package org.carebridge.platform.metrics;

import jakarta.persistence.EntityManager;

/**
 * A gauge whose value is read from the service's own tables (open escalations, the outbox's backlog): a bean of this
 * type is refreshed on {@link GaugeSchedule}, each in its own short transaction. Read on a schedule, not per scrape,
 * so a busy Prometheus costs the database nothing extra; read from the tables, so every replica reports the same
 * truth and a restart loses nothing.
 */
public interface TableGauge {

    /** Queries the tables and sets the gauge's value; runs inside a transaction of its own. */
    void refresh(EntityManager em);
}
