package org.carebridge.cases.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A network-admin of a case's region lets one named case worker of another region join that one case (TeamRules,
 * rule 2). It stands until withdrawn; withdrawing it removes nobody who already joined.
 */
@Entity
@Table(name = "team_allowance")
public class TeamAllowance extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** The case worker allowed, lowercase like every Keycloak login name. */
    public String username;
    /** The admin's why; free text kept inside case-service, blanked on erasure. */
    public String reason;
    @Column(name = "allowed_by")
    public String allowedBy;
    @Column(name = "allowed_at")
    public OffsetDateTime allowedAt;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** The allowance in force for that worker on that case, if any. */
    public static Optional<TeamAllowance> standing(UUID caseId, String username) {
        return find("caseId = ?1 and username = ?2 and withdrawnAt is null", caseId, username).firstResultOptional();
    }

    /** Every allowance of the case, withdrawn ones included, newest first. */
    public static List<TeamAllowance> ofCase(UUID caseId) {
        return list("caseId", Sort.descending("allowedAt").and("username"), caseId);
    }
}
