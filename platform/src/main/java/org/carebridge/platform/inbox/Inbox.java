package org.carebridge.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.platform.events.CloudEvent;

import java.util.List;

/**
 * Remembers which events a consumer has applied, in the same transaction as the effect. Only {@link EventIntake}
 * asks it, around every handler: a redelivered or duplicated event finds its id already there and never reaches the
 * handler, so no consumer can forget the check.
 */
@ApplicationScoped
public class Inbox {

    static final int UNRECOGNISED_MAX = 2000;

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * @param unrecognised values of growing vocabularies this release read as "other", kept raw with the row so that
     *                     what a newer producer meant can still be found (and counted) after the upgrade
     * @return true the first time this consumer sees the event; false for a duplicate, which must be ignored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstDelivery(CloudEvent event, String consumer, List<String> unrecognised) {
        String raw = String.join(", ", unrecognised); // never a null parameter: Hibernate could not type it
        int inserted = em.createNativeQuery("""
                        insert into inbox_event (event_id, consumer, event_type, received_at, unrecognised)
                        values (?1, ?2, ?3, now(), nullif(?4, '')) on conflict do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, consumer)
                .setParameter(3, event.type())
                .setParameter(4, raw.length() <= UNRECOGNISED_MAX ? raw : raw.substring(0, UNRECOGNISED_MAX))
                .executeUpdate();
        return inserted == 1;
    }
}
