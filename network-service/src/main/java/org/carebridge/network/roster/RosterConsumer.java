package org.carebridge.network.roster;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.inbox.ConsumerIntake;
import org.carebridge.platform.inbox.EventIntake;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the team of every case from case-service's full snapshots on case.teams (keyed by case id, so in order). */
@ApplicationScoped
public class RosterConsumer {

    private final ConsumerIntake intake;
    private final RosterService rosters;

    public RosterConsumer(EventIntake intake, RosterService rosters) {
        this.intake = intake.forConsumer("network-service.case-teams");
        this.rosters = rosters;
    }

    @Incoming("case-teams")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void consume(String value) {
        intake.take(value, CaseTeamChangedV1.TYPE, CaseTeamChangedV1.class, rosters::teamChanged);
    }
}
