package org.carebridge.platform.retention;

import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What one service erases once its retention period has passed: which rows are due and how one row is erased. The
 * schedule, batches, row locks and transaction around it are {@link RetentionJob}'s, the same for every service.
 *
 * @param <T> the entity the rule erases from
 */
public interface RetentionRule<T> {

    /** The rows that ended before {@code cutoff} and are not erased yet, in a stable order (the job limits and locks). */
    TypedQuery<T> due(OffsetDateTime cutoff);

    /** Erases (and audits) one due row; false when there was nothing left to erase in it. */
    boolean erase(T row, OffsetDateTime now, Duration period);

    /** What a run did, for the log line after the count: "ended escalations lost their free text". */
    String erased();
}
