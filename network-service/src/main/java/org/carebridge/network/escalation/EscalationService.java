package org.carebridge.network.escalation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.erased.ErasedCase;
import org.carebridge.network.notification.BridgeNotification;
import org.carebridge.network.notification.Contacts;
import org.carebridge.network.region.RegionCoordinators;
import org.carebridge.network.region.RegionLead;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bridge inbox. A coordinator works only on escalations of the region in their token; any other escalation
 * answers 404, exactly like one that does not exist.
 */
@ApplicationScoped
public class EscalationService {

    /** The object type of the escalation in the audit trail, whichever feature writes the entry. */
    public static final String OBJECT_TYPE = "escalation";
    private static final Logger LOG = Logger.getLogger(EscalationService.class);
    /** A consultation table's decision is due within a year: further away, nobody would hold its owner to it. */
    static final int DECISION_DAYS = 365;

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<BridgeNotification> notify;
    private final DueDates dueDates;
    private final Contacts contacts;
    private final EscalationReferrals referrals;
    private final Event<BridgeStep.Taken> recorded;
    private final RegionCoordinators coordinators;

    public EscalationService(CurrentUser user, AuditTrail audit, Clock clock, Event<BridgeNotification> notify,
                             DueDates dueDates, Contacts contacts, EscalationReferrals referrals,
                             Event<BridgeStep.Taken> recorded, RegionCoordinators coordinators) {
        this.recorded = recorded;
        this.coordinators = coordinators;
        this.contacts = contacts;
        this.referrals = referrals;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.notify = notify;
        this.dueDates = dueDates;
    }

    /** A redelivered event never gets here (EventIntake's inbox); a known escalation under a new event id is ignored. */
    public void receive(CaseEscalatedV1 data, CloudEvent event) {
        if (Escalation.findById(data.escalationId()) != null) {
            // same escalation under a new event id (e.g. case-service re-sent it): the first one stands
            LOG.infof("escalation %s already received, %s %s ignored", data.escalationId(), event.type(), event.id());
            return;
        }
        OffsetDateTime now = now();
        Escalation e = Escalation.received(data, now, dueDates.forNew(data.urgency(), now.toLocalDate()));
        if (ErasedCase.isErased(e.caseId)) { // arrived after the case's erasure (another topic): no text back
            e.blankTexts(now);
        }
        e.persist();
        audit.record("RECEIVE", OBJECT_TYPE, e.id, e.caseId, AuditTrail.fromEvent(event));
        notify.fire(new BridgeNotification(BridgeNotification.Kind.NEW_ESCALATION, e.region, null, e.id, e.caseId,
                BridgePersistence.categories(e.barrier, e.urgency), e.receivedAt));
    }

    /**
     * The team unblocked itself: the escalation leaves the inbox (WITHDRAWN) unless the bridge already closed it.
     * A withdrawal of an escalation we never received, or of another case or region, is poison.
     */
    public void withdraw(CaseEscalationWithdrawnV1 data, CloudEvent event) {
        Escalation e = Escalation.findById(data.escalationId(), LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new PoisonEventException("withdrawal of unknown escalation " + data.escalationId());
        }
        if (!e.caseId.equals(data.caseId()) || !e.region.equals(data.region())) {
            throw new PoisonEventException("withdrawal names case " + data.caseId() + " in " + data.region()
                    + " but escalation " + e.id + " belongs to case " + e.caseId + " in " + e.region);
        }
        e.withdrawn(data.withdrawnBy(), data.withdrawnAt())
                .map(step -> step.detail(AuditTrail.fromEvent(event)))
                .ifPresentOrElse(recorded::fire, () -> LOG.infof("escalation %s already withdrawn, %s %s ignored",
                        e.id, event.type(), event.id()));
    }

    @Transactional
    public PageView<EscalationView> list(EscalationFilter filter, PageRequest paging) {
        String region = user.region().orElse(null);
        if (region == null) {
            return new PageView<>(List.of(), paging.page(), paging.size(), 0);
        }
        contacts.rememberCaller(); // opening the inbox is how the mailer learns where to reach a coordinator
        Map<String, Object> params = EscalationFilter.params();
        PanacheQuery<Escalation> query = Escalation.find(filter.where(region, params),
                Sort.descending("raisedAt").and("id"), params);
        List<Escalation> page = query.page(paging.page(), paging.size()).list();
        Map<UUID, ReferralView> referred = referrals.of(page.stream().map(e -> e.id).toList());
        LocalDate today = today();
        for (Escalation e : page) {
            audit.record("LIST", OBJECT_TYPE, e.id, e.caseId, "bridge inbox of region " + region);
        }
        return new PageView<>(page.stream().map(e -> EscalationView.of(e, referred.get(e.id), today)).toList(),
                paging.page(), paging.size(), query.count());
    }

    @Transactional
    public EscalationView get(UUID id) {
        Escalation e = visible(id, LockModeType.NONE);
        audit.record("READ", OBJECT_TYPE, e.id, e.caseId, null);
        return detailed(e);
    }

    /** Takes ownership; claiming again what one already owns is a harmless repeat (a retried request). */
    @Transactional
    public EscalationView claim(UUID id) {
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        e.claim(user.username(), now()).ifPresentOrElse(recorded::fire,
                () -> audit.record("READ", OBJECT_TYPE, e.id, e.caseId, "claim repeated by its owner"));
        return detailed(e);
    }

    /**
     * Any coordinator of the region may add a note (colleagues share what they know), while it is open; one marked
     * for the team goes down to it.
     */
    @Transactional
    public EscalationView addNote(UUID id, BridgeRequests.Note request) {
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        recorded.fire(e.note(request.text(), request.forTeam(), user.username(), now()));
        return detailed(e);
    }

    /**
     * The owner moves the due date within the configured window; a date outside it is named before the escalation
     * is looked up, like every other bad field of a form.
     */
    @Transactional
    public EscalationView setDueDate(UUID id, BridgeRequests.DueDate request) {
        DueDates.Window window = dueDates.window(today());
        window.check(request.dueDate());
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        recorded.fire(e.moveDueDate(request.dueDate(), request.reason(), window, user.username(), now()));
        return detailed(e);
    }

    /** The owner convenes a consultation table: at least one invitee, in the future, with an agenda. */
    @Transactional
    public EscalationView convene(UUID id, BridgeRequests.Consultation request) {
        if (request.members().isEmpty() && request.organisations().isEmpty()) {
            throw ProblemException.badField("members", "invite at least one member or organisation");
        }
        if (!request.meetsAt().toInstant().isAfter(clock.instant())) {
            throw ProblemException.badField("meetsAt", "must be in the future");
        }
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        recorded.fire(Consultation.convene(e, request, user.username(), now()));
        return detailed(e);
    }

    /**
     * The owner records what a table of the escalation concluded, once; the decisions' dates are named before the
     * escalation is looked up, like every other bad field. 404 for a table that is not one of the escalation's.
     */
    @Transactional
    public EscalationView concludeConsultation(UUID id, UUID consultationId,
                                               BridgeRequests.ConsultationOutcome request) {
        LocalDate today = today();
        DueDates.Window window = new DueDates.Window(today, today.plusDays(DECISION_DAYS));
        List<Consultation.Decision> decided = new ArrayList<>();
        for (int i = 0; i < request.decisions().size(); i++) {
            BridgeRequests.Decision d = request.decisions().get(i);
            window.check(d.dueDate(), "decisions[" + i + "].dueDate");
            decided.add(new Consultation.Decision(d.text(), d.owner(), d.dueDate()));
        }
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Consultation table = Consultation.of(e.id, consultationId).orElseThrow(() -> ProblemException.notFound(
                "consultation " + consultationId + " of escalation " + e.id));
        recorded.fire(table.conclude(e, request.outcome(), decided, user.username(), now()));
        return detailed(e);
    }

    /**
     * After a climb, the region's lead coordinator (the bridge's own record of it) gives the escalation to another
     * coordinator of the region, as Keycloak knows them; giving it to its owner again is a harmless repeat.
     */
    @Transactional
    public EscalationView reassign(UUID id, BridgeRequests.Reassignment request) {
        Escalation e = visible(id, LockModeType.PESSIMISTIC_WRITE);
        BridgePersistence.reassign(e, request.owner(), request.reason(), user.username(),
                        RegionLead.of(e.region).orElse(null), owner -> coordinators.coordinates(owner, e.region), now())
                .ifPresentOrElse(recorded::fire, () -> audit.record("READ", OBJECT_TYPE, e.id, e.caseId,
                        "reassignment to its owner repeated"));
        return detailed(e);
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

    public EscalationView detailed(Escalation e) {
        return EscalationView.detailed(e, referrals.of(e.id).orElse(null), today());
    }

    public OffsetDateTime now() {
        return Clocks.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
