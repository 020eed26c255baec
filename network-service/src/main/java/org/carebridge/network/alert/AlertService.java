package org.carebridge.network.alert;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.region.RegionCoordinators;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The alert list of a region: what case-service's checks raised, for the bridge coordinators of that region. */
@ApplicationScoped
public class AlertService {

    static final String OBJECT_TYPE = "alert";
    private static final Logger LOG = Logger.getLogger(AlertService.class);

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<BridgeNotification> notify;
    private final RegionCoordinators coordinators;

    public AlertService(CurrentUser user, AuditTrail audit, Clock clock, Event<BridgeNotification> notify,
                        RegionCoordinators coordinators) {
        this.coordinators = coordinators;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.notify = notify;
    }

    /** A redelivered event never gets here (EventIntake's inbox); the same alert under a new event id is ignored. */
    public void receive(CaseAlertRaisedV1 data, CloudEvent event) {
        if (Alert.findById(data.alertId()) != null) {
            LOG.infof("alert %s already received, %s %s ignored", data.alertId(), event.type(), event.id());
            return;
        }
        Alert a = new Alert();
        a.id = data.alertId();
        a.caseId = data.caseId();
        a.region = data.region();
        a.pseudonym = data.pseudonym();
        a.ageBand = data.ageBand();
        a.kind = data.kind();
        a.cause = data.cause();
        a.leadUsername = data.leadUsername();
        a.turns18In = data.turns18In() == null ? null : data.turns18In().toString();
        a.overdueDays = data.overdueDays();
        a.inactiveDays = data.inactiveDays();
        a.raisedAt = data.raisedAt();
        a.receivedAt = Clocks.now(clock);
        a.persist();
        audit.record("RECEIVE", OBJECT_TYPE, a.id, a.caseId, AuditTrail.fromEvent(event));
        notify.fire(new BridgeNotification(BridgeNotification.Kind.ALERT, a.region, null, a.id, a.caseId,
                a.kind, a.receivedAt));
    }

    /** Alerts of my region, newest first; only those not yet acknowledged, or only those acknowledged, if asked. */
    @Transactional
    public PageView<AlertView> list(AlertState state, PageRequest paging) {
        String region = user.region().orElse(null);
        if (region == null) {
            return new PageView<>(List.of(), paging.page(), paging.size(), 0);
        }
        String where = "region = ?1" + (state == null ? "" : state.condition);
        var query = Alert.<Alert>find(where, Sort.descending("raisedAt").and("id"), region);
        List<Alert> page = query.page(paging.page(), paging.size()).list();
        page.forEach(a -> audit.record("LIST", OBJECT_TYPE, a.id, a.caseId, "alert list of region " + region));
        return new PageView<>(page.stream().map(AlertView::of).toList(), paging.page(), paging.size(), query.count());
    }

    /** I have taken note of an alert of my region; saying so again is a harmless repeat. */
    @Transactional
    public AlertView acknowledge(UUID id) {
        Alert a = visible(id);
        a.acknowledge(user.username(), Clocks.now(clock)).ifPresentOrElse(this::keep,
                () -> audit.record("READ", OBJECT_TYPE, a.id, a.caseId, "acknowledgement repeated by its author"));
        return AlertView.of(a);
    }

    /** I give an alert of my region to a coordinator of the region, as Keycloak knows them, to follow up. */
    @Transactional
    public AlertView assign(UUID id, String assignee) {
        Alert a = visible(id);
        a.assign(assignee, user.username(), to -> coordinators.coordinates(to, a.region), Clocks.now(clock))
                .ifPresentOrElse(this::keep,
                        () -> audit.record("READ", OBJECT_TYPE, a.id, a.caseId, "assignment to its assignee repeated"));
        return AlertView.of(a);
    }

    private void keep(AlertStep step) {
        audit.record(step.kind().auditAction, OBJECT_TYPE, step.alertId(), step.caseId(), step.detail());
    }

    /**
     * The alert, locked for the change, if the caller's region may see it; another region's alert answers 404 like
     * one that does not exist, so nobody learns it does.
     */
    private Alert visible(UUID id) {
        Alert a = Alert.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || user.region().filter(a.region::equals).isEmpty()) {
            throw ProblemException.notFound("alert " + id);
        }
        return a;
    }
}
