package org.carebridge.platform.locking;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * The rows of a periodic sweep (reminders, climbs, digests, retention), locked for this transaction with those that
 * another instance is working on skipped ({@code FOR UPDATE SKIP LOCKED}): several replicas run the same sweep at
 * once, and each row gets its step from exactly one of them, without any of them waiting on another.
 */
public final class SkipLocked {

    /** Hibernate's {@code LockOptions.SKIP_LOCKED}, given as the lock timeout hint. */
    static final int SKIP = -2;
    static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    private SkipLocked() {
    }

    public static <T> List<T> list(PanacheQuery<T> rows) {
        return rows.withLock(LockModeType.PESSIMISTIC_WRITE).withHint(LOCK_TIMEOUT, SKIP).list();
    }

    public static <T> List<T> list(TypedQuery<T> rows) {
        return rows.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, SKIP).getResultList();
    }
}
