package org.carebridge.network.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.notification.CoordinatorDirectory;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The handovers of the region as the bridge follows them. Each event applies in EventIntake's transaction with its
 * inbox row; an answer to a handover we never saw requested, or a second answer that contradicts the first, is poison.
 */
@ApplicationScoped
public class HandoverService {

    static final String OBJECT_TYPE = "handover";
    private static final Logger LOG = Logger.getLogger(HandoverService.class);

    private final AuditTrail audit;
    private final Event<BridgeNotification> notify;
    private final CoordinatorDirectory directory;

    public HandoverService(AuditTrail audit, Event<BridgeNotification> notify, CoordinatorDirectory directory) {
        this.audit = audit;
        this.notify = notify;
        this.directory = directory;
    }

    public void requested(CaseHandoverRequestedV1 data, CloudEvent event) {
        if (Handover.findById(data.handoverId()) != null) {
            LOG.infof("handover %s already requested, %s %s ignored", data.handoverId(), event.type(), event.id());
            return;
        }
        Handover h = new Handover();
        h.id = data.handoverId();
        h.caseId = data.caseId();
        h.region = data.region();
        h.pseudonym = data.pseudonym();
        h.ageBand = data.ageBand();
        h.scope = data.scope();
        h.reason = data.reason();
        h.fromUsername = data.fromUsername();
        h.fromOrganisation = data.fromOrganisation();
        h.toUsername = data.toUsername();
        h.toOrganisation = data.toOrganisation();
        h.requestedBy = data.requestedBy();
        h.requestedAt = data.requestedAt();
        h.dueBy = data.dueBy();
        h.turns18In = data.turns18In() == null ? null : data.turns18In().toString();
        h.status = HandoverStatus.PENDING;
        h.persist();
        audit.record("RECEIVE", OBJECT_TYPE, h.id, h.caseId, AuditTrail.fromEvent(event));
        for (String receiver : receivers(h)) {
            notify.fire(new BridgeNotification(BridgeNotification.Kind.HANDOVER_TO_ACCEPT, h.region, receiver,
                    h.id, h.caseId, h.scope.name(), h.requestedAt));
        }
    }

    /**
     * Who may accept it: the one colleague it is addressed to, or every case worker of the organisation in the region
     * (whoever of them answers first takes it). A directory that does not answer tells nobody, logged: the handover
     * still waits in their incoming list.
     */
    private List<String> receivers(Handover h) {
        if (h.toUsername != null) {
            return List.of(h.toUsername);
        }
        return directory.caseWorkersOf(h.toOrganisation, h.region)
                .map(found -> found.stream().map(CoordinatorDirectory.Coordinator::username).toList())
                .orElseGet(() -> {
                    LOG.warnf("handover %s to %s in %s: the directory did not answer, nobody told", h.id,
                            h.toOrganisation, h.region);
                    return List.of();
                });
    }

    public void accepted(CaseHandoverAcceptedV1 data, CloudEvent event) {
        decide(event, data.handoverId(), data.caseId(), data.region(), HandoverStatus.ACCEPTED, data.acceptedBy(),
                data.acceptedOrganisation(), data.newLeadUsername(), data.acceptedAt());
    }

    public void declined(CaseHandoverDeclinedV1 data, CloudEvent event) {
        decide(event, data.handoverId(), data.caseId(), data.region(), HandoverStatus.DECLINED, data.declinedBy(),
                null, null, data.declinedAt());
    }

    /** The team took it back: it leaves the handovers in flight, as a decline does. */
    public void withdrawn(CaseHandoverWithdrawnV1 data, CloudEvent event) {
        decide(event, data.handoverId(), data.caseId(), data.region(), HandoverStatus.WITHDRAWN, data.withdrawnBy(),
                null, null, data.withdrawnAt());
    }

    private void decide(CloudEvent event, UUID handoverId, UUID caseId, String region, HandoverStatus decision,
                        String by, String organisation, String newLead, OffsetDateTime at) {
        Handover h = Handover.findById(handoverId, LockModeType.PESSIMISTIC_WRITE);
        if (h == null) {
            throw new PoisonEventException(event.type() + " for unknown handover " + handoverId);
        }
        if (!h.caseId.equals(caseId) || !h.region.equals(region)) {
            throw new PoisonEventException(event.type() + " names case " + caseId + " in " + region + " but handover "
                    + h.id + " belongs to case " + h.caseId + " in " + h.region);
        }
        if (h.status != HandoverStatus.PENDING) {
            if (h.status == decision) {
                LOG.infof("handover %s already %s, %s %s ignored", h.id, decision, event.type(), event.id());
                return;
            }
            throw new PoisonEventException("handover " + h.id + " is already " + h.status + "; " + event.type()
                    + " " + event.id() + " contradicts it");
        }
        h.status = decision;
        h.decidedBy = by;
        h.decidedOrganisation = organisation;
        h.newLeadUsername = newLead;
        h.decidedAt = at;
        audit.record(decision.name(), OBJECT_TYPE, h.id, h.caseId, AuditTrail.fromEvent(event));
    }
}
