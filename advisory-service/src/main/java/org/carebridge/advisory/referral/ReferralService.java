package org.carebridge.advisory.referral;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.member.AdvisoryMembers;
import org.carebridge.advisory.vocabulary.Urgency;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.time.Clocks;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Referrals for the advisory group of the caller's region (another region's referral answers 404, like one that
 * does not exist), their owner and closure (steps the recorder keeps), and the advice on them (kept here; the recorder
 * audits it and publishes it downstream in the same transaction).
 */
@ApplicationScoped
public class ReferralService {

    static final String OBJECT_TYPE = "referral";
    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    private final CurrentUser user;
    private final AuditTrail audit;
    private final ErasedCases erasedCases;
    private final AdvisoryMembers members;
    private final Event<ReferralStep> recorded;
    private final Event<Referral.Advised> advised;
    private final AdvisorySettings settings;
    private final Clock clock;

    public ReferralService(CurrentUser user, AuditTrail audit, ErasedCases erasedCases, AdvisoryMembers members,
                           Event<ReferralStep> recorded, Event<Referral.Advised> advised, AdvisorySettings settings,
                           Clock clock) {
        this.user = user;
        this.audit = audit;
        this.erasedCases = erasedCases;
        this.members = members;
        this.recorded = recorded;
        this.advised = advised;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores the referral as received; EventIntake commits the inbox row with it, so a redelivered event changes
     * nothing.
     */
    public void receive(ReferredToAdvisoryV1 data, CloudEvent event) {
        if (Referral.findById(data.referralId()) != null) {
            LOG.infof("referral %s already received, %s %s ignored", data.referralId(), event.type(), event.id());
            return;
        }
        OffsetDateTime now = Clocks.now(clock);
        Referral r = Referral.received(data, now, dueDate(data.urgency(), now.toLocalDate()));
        r.persist();
        audit.record("RECEIVE", OBJECT_TYPE, r.id, null, AuditTrail.fromEvent(event)
                + (r.question().equals(data.question()) ? "" : "; dates removed from the question"));
        // the erasure may have come first: the digests' topic is consumed independently of this one
        erasedCases.blankIfErased(r, "case erased before its referral arrived");
    }

    @Transactional
    public PageView<ReferralView> list(ReferralStatus status, PageRequest paging) {
        String region = user.region().orElse(null);
        if (region == null) {
            return new PageView<>(List.of(), paging.page(), paging.size(), 0);
        }
        members.seen();
        Sort newestFirst = Sort.descending("referredAt").and("id");
        PanacheQuery<Referral> query = status == null
                ? Referral.find("region", newestFirst, region)
                : Referral.find("region = ?1 and status = ?2", newestFirst, region, status);
        List<Referral> page = query.page(paging.page(), paging.size()).list();
        Map<UUID, Advice> advice = Advice.ofReferrals(page.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.toMap(a -> a.referralId, Function.identity()));
        for (Referral r : page) {
            audit.record("LIST", OBJECT_TYPE, r.id, null, "referrals of region " + region);
        }
        return new PageView<>(page.stream().map(r -> ReferralView.of(r, advice.get(r.id))).toList(),
                paging.page(), paging.size(), query.count());
    }

    @Transactional
    public ReferralView get(UUID id) {
        Referral r = visible(id, LockModeType.NONE);
        audit.record("READ", OBJECT_TYPE, r.id, null, null);
        return ReferralView.of(r, Advice.ofReferral(r.id).orElse(null));
    }

    /** Advises the referral (409 unless OPEN), keeps the advice and has the recorder audit and publish it. */
    @Transactional
    public ReferralView advise(UUID id, AdviceRequest request) {
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        Referral.Advised given = r.advise(request.advice(), user.username(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        Advice advice = Advice.of(given);
        advice.persist();
        advised.fire(given);
        return ReferralView.of(r, advice);
    }

    /** Gives the referral an owner: an advisory member of its region (400 naming {@code owner} otherwise). */
    @Transactional
    public ReferralView assignOwner(UUID id, OwnerRequest request) {
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        String owner = request.owner().strip();
        if (!members.isMemberOf(owner, r.region)) {
            throw ProblemException.badField("owner", "is not an advisory member of region " + r.region);
        }
        recorded.fire(r.assignOwner(owner, user.username(), Clocks.now(clock)));
        return ReferralView.of(r, Advice.ofReferral(r.id).orElse(null));
    }

    /** Closes an open referral without advice, with the reason the case team reads (409 unless OPEN). */
    @Transactional
    public ReferralView close(UUID id, ClosureRequest request) {
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        recorded.fire(r.close(request.reason(), user.username(), Clocks.now(clock)));
        return ReferralView.of(r, null);
    }

    /** The referral if the caller's region may see it; otherwise 404 so ids cannot be probed. */
    public Referral visible(UUID id, LockModeType lock) {
        Referral r = Referral.findById(id, lock);
        if (r == null || user.region().filter(r.region::equals).isEmpty()) {
            throw ProblemException.notFound("referral " + id);
        }
        members.seen();
        return r;
    }

    /** Due by its urgency, counted from the day it arrived. */
    private LocalDate dueDate(Urgency urgency, LocalDate arrived) {
        AdvisorySettings.DueWithinDays within = settings.dueWithinDays();
        return arrived.plusDays(switch (urgency) {
            case HIGH -> within.high();
            case MEDIUM -> within.medium();
            case LOW -> within.low();
        });
    }
}
