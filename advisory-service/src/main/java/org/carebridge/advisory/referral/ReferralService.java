package org.carebridge.advisory.referral;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.outbox.Outbox;
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
 * Referrals for the advisory group of the caller's region (another region's referral answers 404, like one that
 * does not exist), and the advice on them, published downstream in the same transaction (outbox).
 */
@ApplicationScoped
public class ReferralService {

    static final String OBJECT_TYPE = "referral";
    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    private final CurrentUser user;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ErasedCases erasedCases;

    public ReferralService(CurrentUser user, AuditTrail audit, Outbox outbox, ErasedCases erasedCases) {
        this.user = user;
        this.audit = audit;
        this.outbox = outbox;
        this.erasedCases = erasedCases;
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
        Referral r = Referral.received(data, now());
        r.persist();
        audit.record("RECEIVE", OBJECT_TYPE, r.id, null, "event " + event.id() + " from " + event.source()
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

    /** Advises the referral (409 if it already was) and publishes the advice in the same transaction. */
    @Transactional
    public ReferralView advise(UUID id, AdviceRequest request) {
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        AdviceGivenV1 given = r.advise(request.advice(), user.username(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        Advice advice = Advice.of(given);
        advice.persist();
        outbox.publish(given);
        audit.record("ADVISE", OBJECT_TYPE, r.id, null, "advice " + advice.id);
        return ReferralView.of(r, advice);
    }

    /** The referral if the caller's region may see it; otherwise 404 so ids cannot be probed. */
    public Referral visible(UUID id, LockModeType lock) {
        Referral r = Referral.findById(id, lock);
        if (r == null || user.region().filter(r.region::equals).isEmpty()) {
            throw ProblemException.notFound("referral " + id);
        }
        return r;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
