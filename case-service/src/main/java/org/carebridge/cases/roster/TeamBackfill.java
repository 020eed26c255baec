package org.carebridge.cases.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Announces, once at startup, the team of every case that never had a snapshot (cases from before case.teams
 * existed), so the bridge's roster does not wait for the next change of each team. One transaction per case; a
 * second instance starting at the same time publishes nothing twice (the snapshot upsert numbers under a row lock).
 */
@ApplicationScoped
public class TeamBackfill {

    private static final Logger LOG = Logger.getLogger(TeamBackfill.class);

    private final EntityManager em;
    private final TeamChangePublisher publisher;

    public TeamBackfill(EntityManager em, TeamChangePublisher publisher) {
        this.em = em;
        this.publisher = publisher;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = run();
        if (announced > 0) {
            LOG.infof("announced the team of %d case(s) that had no case.team-changed.v1 yet", announced);
        }
    }

    /** @return how many cases were without a snapshot */
    int run() {
        @SuppressWarnings("unchecked")
        List<UUID> missing = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select c.id from care_case c
                where not exists (select 1 from case_team_snapshot s where s.case_id = c.id)""", UUID.class)
                .getResultList());
        missing.forEach(caseId -> QuarkusTransaction.requiringNew().run(() -> publisher.publish(caseId)));
        return missing.size();
    }
}
