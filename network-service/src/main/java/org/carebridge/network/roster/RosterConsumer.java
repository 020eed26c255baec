package org.carebridge.network.roster;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventReader;
import org.carebridge.platform.inbox.TransientRetry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Keeps the team of every case from case-service's full snapshots on case.teams (keyed by case id, so in order). */
@ApplicationScoped
public class RosterConsumer {

    private static final Logger LOG = Logger.getLogger(RosterConsumer.class);

    private final EventReader events;
    private final RosterService rosters;
    private final TransientRetry retry;

    public RosterConsumer(EventReader events, RosterService rosters, TransientRetry retry) {
        this.events = events;
        this.rosters = rosters;
        this.retry = retry;
    }

    @Incoming("case-teams")
    @Blocking // writes to PostgreSQL, which must not happen on the Kafka event loop; ordered, so one at a time
    @ActivateRequestContext // the audit trail reads the (here anonymous) caller from request-scoped CurrentUser
    public void onEvent(String value) {
        CloudEvent event = events.envelope(value);
        if (!CaseTeamChangedV1.TYPE.equals(event.type())) {
            LOG.debugf("ignoring %s %s on %s", event.type(), event.id(), CaseTeamChangedV1.TOPIC);
            return;
        }
        var data = events.data(event, CaseTeamChangedV1.class);
        retry.run(event.type() + " " + event.id(), () -> rosters.teamChanged(data, event));
    }
}
