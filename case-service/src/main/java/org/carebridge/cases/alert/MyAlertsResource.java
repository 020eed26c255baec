package org.carebridge.cases.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The alerts on the caller's open cases, for the case worker's overview (the same alerts are in each case's
 * timeline). An alert names its kind, cause and time only; who the youth is stays on the case page.
 */
@Path("/api/cases/alerts")
@RolesAllowed(Roles.CASE_WORKER)
@Produces(MediaType.APPLICATION_JSON)
public class MyAlertsResource {

    static final int LIMIT = 50;
    static final String AUDIT_READ = "MY_ALERTS_READ";

    private final EntityManager em;
    private final CurrentUser user;
    private final AuditTrail audit;

    public MyAlertsResource(EntityManager em, CurrentUser user, AuditTrail audit) {
        this.em = em;
        this.user = user;
        this.audit = audit;
    }

    public record MyAlert(UUID id, UUID caseId, String kind, String cause, OffsetDateTime raisedAt) {
    }

    @GET
    @Transactional
    @Operation(summary = "Alerts on my open cases, newest first (at most 50)")
    public List<MyAlert> mine() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.case_id, a.kind, a.cause, a.raised_at from case_alert a
                        join care_case c on c.id = a.case_id
                        where c.status <> 'CLOSED'
                          and exists (select 1 from case_member m where m.case_id = a.case_id and m.username = ?1)
                        order by a.raised_at desc, a.id limit ?2""")
                .setParameter(1, user.username()).setParameter(2, LIMIT).getResultList();
        List<MyAlert> alerts = rows.stream().map(r -> new MyAlert((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], utc(r[4]))).toList();
        // one line per call, as "my work" writes: which cases' alerts were listed, by count
        audit.record(AUDIT_READ, "ALERTS", user.username(), null, "alerts " + alerts.size() + " on cases "
                + alerts.stream().map(MyAlert::caseId).distinct().count());
        return alerts;
    }

    private static OffsetDateTime utc(Object time) {
        if (time instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return ((java.time.Instant) time).atOffset(ZoneOffset.UTC);
    }
}
