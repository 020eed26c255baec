package org.carebridge.platform.locking;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;

/**
 * Locks the row of an entity this transaction has read already without a lock, and reads its state again under the
 * lock. {@code findById(id, PESSIMISTIC_WRITE)} does not do that for an entity already in the persistence context:
 * Hibernate takes the lock but hands back the state it read before, so a change another transaction committed in
 * between is overwritten when this one commits (two events about one escalation consumed at once lost one).
 */
public final class RowLock {

    private RowLock() {
    }

    public static <T> T reread(T entity) {
        Panache.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return entity;
    }
}
