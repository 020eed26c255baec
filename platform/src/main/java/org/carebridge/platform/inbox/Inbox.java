package org.carebridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.platform.events.CloudEvent;

/**
 * Remembers which events a consumer has applied, in the same transaction as the effect. Only {@link EventIntake}
 * asks it, around every handler: a redelivered or duplicated event finds its id already there and never reaches the
 * handler, so no consumer can forget the check.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time this consumer sees the event; false for a duplicate, which must be ignored */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstDelivery(CloudEvent event, String consumer) {
        int inserted = em.createNativeQuery("""
                        insert into inbox_event (event_id, consumer, event_type, received_at)
                        values (?1, ?2, ?3, now()) on conflict do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, consumer)
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
