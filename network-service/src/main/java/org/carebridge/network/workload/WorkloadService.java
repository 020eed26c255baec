package org.carebridge.network.workload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.network.escalation.EscalationStatus;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload of the caller's region, counted in the database (a region holds thousands of escalations and cases,
 * none of which need to leave it for this). An escalation's age is counted from its arrival at the bridge.
 */
@ApplicationScoped
public class WorkloadService {

    static final String OBJECT_TYPE = "workload";
    /** "Due" means due from today up to this many days ahead; earlier is overdue. */
    static final int DUE_WITHIN_DAYS = 7;

    private final EntityManager em;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final Clock clock;

    public WorkloadService(EntityManager em, CurrentUser user, AuditTrail audit, Clock clock) {
        this.em = em;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public WorkloadView ofMyRegion() {
        String region = user.region().orElse(null);
        if (region == null) {
            return WorkloadView.empty();
        }
        List<WorkloadView.OwnerLoad> owners = new ArrayList<>();
        WorkloadView.Unclaimed unclaimed = new WorkloadView.Unclaimed(0, null);
        for (Object[] row : escalationsPerOwner(region)) {
            long open = (Long) row[1];
            long oldestDays = daysSince((OffsetDateTime) row[2]);
            if (row[0] == null) {
                unclaimed = new WorkloadView.Unclaimed(open, oldestDays);
            } else {
                owners.add(new WorkloadView.OwnerLoad((String) row[0], open, oldestDays, (Long) row[3],
                        (Long) row[4]));
            }
        }
        WorkloadView.Caseload caseload = new WorkloadView.Caseload(
                openCasesPer("m.username", region).stream().map(r -> new WorkloadView.Worker(r.name, r.cases)).toList(),
                openCasesPer("m.organisation", region).stream().map(r -> new WorkloadView.Team(r.name, r.cases))
                        .toList());
        audit.record("READ", OBJECT_TYPE, region, null, "workload of region " + region + " (counts only)");
        return new WorkloadView(region, owners, unclaimed, caseload);
    }

    /** Per owner (null: unclaimed), most open first: open, oldest arrival, due within a week, overdue. */
    private List<Object[]> escalationsPerOwner(String region) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select e.owner, count(e), min(e.receivedAt),
                               sum(case when e.dueDate >= :today and e.dueDate <= :weekAhead then 1L else 0L end),
                               sum(case when e.dueDate < :today then 1L else 0L end)
                        from Escalation e
                        where e.region = :region and e.status in :open
                        group by e.owner
                        order by count(e) desc, e.owner""", Object[].class)
                .setParameter("region", region)
                .setParameter("open", EscalationStatus.OPEN)
                .setParameter("today", today)
                .setParameter("weekAhead", today.plusDays(DUE_WITHIN_DAYS))
                .getResultList();
    }

    private record Count(String name, long cases) {
    }

    /** Open cases of the region per value of a team member's {@code field}, most cases first. */
    private List<Count> openCasesPer(String field, String region) {
        return em.createQuery("select " + field + ", count(distinct r.caseId) from CaseRoster r join r.members m "
                        + "where r.region = :region and r.closed = false group by " + field
                        + " order by count(distinct r.caseId) desc, " + field, Object[].class)
                .setParameter("region", region)
                .getResultList().stream().map(row -> new Count((String) row[0], (Long) row[1])).toList();
    }

    private long daysSince(OffsetDateTime at) {
        return Math.max(0, Duration.between(at.toInstant(), clock.instant()).toDays());
    }
}
