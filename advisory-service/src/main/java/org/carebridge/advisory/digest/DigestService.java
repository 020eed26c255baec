package org.carebridge.advisory.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.digest.Contribution.Cell;
import org.carebridge.advisory.support.Regions;
import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.jboss.logging.Logger;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps, per pseudonym, only the digest with the highest sequence, and moves the maintained counts by the
 * difference between what the case contributed before and what it contributes now (incremental: no request
 * ever scans the digests). Statistics are answered for the caller's own region only.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    private final EntityManager em;
    private final DigestCounts counts;
    private final AuditTrail audit;
    private final CurrentUser user;

    public DigestService(EntityManager em, DigestCounts counts, AuditTrail audit, CurrentUser user) {
        this.em = em;
        this.counts = counts;
        this.audit = audit;
        this.user = user;
    }

    public void apply(CaseDigestV1 digest, CloudEvent event) {
        String pseudonym = digest.pseudonym();
        // one youth's digests share a partition, so they arrive in order at one consumer; the row lock covers
        // the moment of a rebalance, when two consumers may briefly hold the same youth
        em.createNativeQuery("""
                        insert into case_digest (pseudonym, sequence, region, as_of) values (?1, 0, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, pseudonym).setParameter(2, digest.region()).setParameter(3, digest.asOf())
                .executeUpdate();
        Object[] current = (Object[]) em.createNativeQuery(
                        "select sequence, region from case_digest where pseudonym = ?1 for update")
                .setParameter(1, pseudonym).getSingleResult();
        long sequence = ((Number) current[0]).longValue();
        if (sequence >= digest.sequence()) {
            LOG.debugf("digest %s of %s is not newer than %s, ignored", digest.sequence(), pseudonym, (Object) sequence);
            return;
        }
        String region = (String) current[1];
        Map<Cell, Long> before = counts.contributionOf(pseudonym);
        Map<Cell, Long> after = Contribution.of(digest);
        if (region.equals(digest.region())) {
            counts.move(region, Contribution.delta(before, after));
        } else { // the case moved to another region: it leaves the old region's counts entirely
            counts.move(region, Contribution.delta(before, Map.of()));
            counts.move(digest.region(), after);
        }
        counts.replaceContribution(pseudonym, after);
        em.createNativeQuery("update case_digest set sequence = ?2, region = ?3, as_of = ?4 where pseudonym = ?1")
                .setParameter(1, pseudonym).setParameter(2, digest.sequence()).setParameter(3, digest.region())
                .setParameter(4, digest.asOf()).executeUpdate();
        audit.record("RECEIVE", "case-digest", pseudonym, null,
                "sequence " + digest.sequence() + ", " + AuditTrail.fromEvent(event));
    }

    @Transactional
    public DigestView statistics(String region, Quarter quarter) {
        String own = Regions.ownRegion(user);
        String wanted = region == null || region.isBlank() ? own : region.strip();
        if (!wanted.equals(own)) {
            throw ProblemException.forbidden("statistics of region " + wanted + " are not yours to read");
        }
        Map<Dimension, Map<String, Long>> sums = counts.sums(wanted, quarter.first().atDay(1), quarter.last().atDay(1));
        audit.record("READ", "digest-statistics", wanted + " " + quarter, null, null);
        return DigestStatistics.of(wanted, quarter, new TreeMap<>(sums));
    }

    /** Cases of the region that hit the barrier, per month an escalation with it was raised (raw, unsuppressed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<YearMonth, Long> casesHitting(String region, Barrier barrier, YearMonth from, YearMonth to) {
        Map<YearMonth, Long> perMonth = new TreeMap<>();
        counts.perMonth(region, Dimension.BARRIER_RAISED, barrier.name(), from.atDay(1), to.atDay(1))
                .forEach((month, n) -> perMonth.put(YearMonth.from(month), n));
        return perMonth;
    }
}
