package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.referral.Referral;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.inbox.Inbox;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bridge inbox. A coordinator works only on escalations of the region in their token; any other escalation
 * answers 404, exactly like one that does not exist.
 */
@ApplicationScoped
public class EscalationService {

    static final String OBJECT_TYPE = "escalation";
    static final String CONSUMER = "network-service.case-escalations";
    private static final Logger LOG = Logger.getLogger(EscalationService.class);

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Inbox inbox;

    public EscalationService(CurrentUser user, AuditTrail audit, Inbox inbox) {
        this.user = user;
        this.audit = audit;
        this.inbox = inbox;
    }

    /** One transaction for the inbox row and the escalation: a redelivered event finds its id and changes nothing. */
    @Transactional
    public void receive(CaseEscalatedV1 data, CloudEvent event) {
        if (!inbox.firstDelivery(event, CONSUMER)) {
            LOG.debugf("%s %s already applied", event.type(), event.id());
            return;
        }
        if (Escalation.findById(data.escalationId()) != null) {
            // same escalation under a new event id (e.g. case-service re-sent it): the first one stands
            LOG.infof("escalation %s already received, %s %s ignored", data.escalationId(), event.type(), event.id());
            return;
        }
        Escalation e = new Escalation();
        e.id = data.escalationId();
        e.caseId = data.caseId();
        e.region = data.region();
        e.pseudonym = data.pseudonym();
        e.ageBand = data.ageBand();
        e.domains = data.domains().stream().map(Enum::name).toList();
        e.intensity = data.intensity();
        e.barrier = data.barrier();
        e.urgency = data.urgency();
        e.whatWasTried = data.whatWasTried();
        e.triedMeasures = data.triedMeasures().stream().map(Enum::name).toList();
        e.raisedBy = data.raisedBy();
        e.raisedAt = data.raisedAt();
        e.status = EscalationStatus.NEW;
        e.receivedAt = now();
        e.persist();
        audit.record("RECEIVE", OBJECT_TYPE, e.id, e.caseId, "event " + event.id() + " from " + event.source());
    }

    @Transactional
    public PageView<EscalationView> list(EscalationStatus status, PageRequest paging) {
        String region = user.region().orElse(null);
        if (region == null) {
            return new PageView<>(List.of(), paging.page(), paging.size(), 0);
        }
        Sort newestFirst = Sort.descending("raisedAt").and("id");
        PanacheQuery<Escalation> query = status == null
                ? Escalation.find("region", newestFirst, region)
                : Escalation.find("region = ?1 and status = ?2", newestFirst, region, status);
        List<Escalation> page = query.page(paging.page(), paging.size()).list();
        Map<UUID, Referral> referrals = Referral.ofEscalations(page.stream().map(e -> e.id).toList()).stream()
                .collect(Collectors.toMap(r -> r.escalationId, Function.identity()));
        for (Escalation e : page) {
            audit.record("LIST", OBJECT_TYPE, e.id, e.caseId, "bridge inbox of region " + region);
        }
        return new PageView<>(page.stream().map(e -> EscalationView.of(e, referrals.get(e.id))).toList(),
                paging.page(), paging.size(), query.count());
    }

    @Transactional
    public EscalationView get(UUID id) {
        Escalation e = visible(id, LockModeType.NONE);
        audit.record("READ", OBJECT_TYPE, e.id, e.caseId, null);
        return EscalationView.of(e, Referral.ofEscalation(e.id).orElse(null));
    }

    /** Takes ownership; claiming again what one already owns is a harmless repeat (a retried request). */
    @Transactional
    public EscalationView claim(UUID id) {
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        String me = user.username();
        if (e.status == EscalationStatus.CLAIMED && e.ownedBy(me)) {
            audit.record("READ", OBJECT_TYPE, e.id, e.caseId, "claim repeated by its owner");
            return EscalationView.of(e, null);
        }
        if (e.status != EscalationStatus.NEW) {
            throw ProblemException.conflict("escalation is " + e.status
                    + (e.owner == null ? "" : ", owned by " + e.owner) + "; only a NEW escalation can be claimed");
        }
        e.status = EscalationStatus.CLAIMED;
        e.owner = me;
        e.claimedAt = now();
        audit.record("CLAIM", OBJECT_TYPE, e.id, e.caseId, null);
        return EscalationView.of(e, null);
    }

    /**
     * The escalation if the caller's region may see it. The row lock (for changes) is taken before the region
     * check, which is harmless: the check needs the row anyway and a refused caller releases it at once.
     */
    public Escalation visible(UUID id, LockModeType lock) {
        Escalation e = Escalation.findById(id, lock);
        if (e == null || user.region().filter(e.region::equals).isEmpty()) {
            throw ProblemException.notFound("escalation " + id);
        }
        return e;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
