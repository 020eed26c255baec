package org.carebridge.cases.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A professional on a case's team; membership is what every object-level check of case-service rests on. */
@Entity
@Table(name = "case_member")
public class CaseMember extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String username;
    public String organisation;
    /** Free text: the member's function on this team, e.g. "school coach". */
    public String role;
    @Column(name = "added_at")
    public OffsetDateTime addedAt;
    @Column(name = "added_by")
    public String addedBy;

    /**
     * Asked on every request to a case. A first row, not a count: Hibernate plans a Panache count afresh on every
     * call (its count query has no text to cache by), which cost more CPU than the rest of a request.
     */
    public static boolean isMember(UUID caseId, String username) {
        return of(caseId, username).isPresent();
    }

    public static Optional<CaseMember> of(UUID caseId, String username) {
        return find("caseId = ?1 and username = ?2", caseId, username).firstResultOptional();
    }

    public static List<CaseMember> ofCase(UUID caseId) {
        return list("caseId", Sort.by("addedAt").and("username"), caseId);
    }

    /** A new membership, not yet persisted; the organisation is a canonical {@link Organisation} code. */
    static CaseMember joining(UUID caseId, String username, String organisation, String role, OffsetDateTime at,
                              String addedBy) {
        CaseMember m = new CaseMember();
        m.id = UUID.randomUUID();
        m.caseId = caseId;
        m.username = username;
        m.organisation = organisation;
        m.role = role;
        m.addedAt = at;
        m.addedBy = addedBy;
        return m;
    }

    /**
     * The member's organisation (a code on the list, 400 otherwise) and role change (who may is team.TeamRules;
     * the case is open, its lock held: the caller's part).
     */
    public Changed change(String newOrganisation, String newRole, String by, OffsetDateTime at) {
        organisation = Organisation.canonical(newOrganisation)
                .orElseThrow(() -> ProblemException.badField("organisation", Organisation.MESSAGE));
        role = newRole.strip();
        return new Changed(this, by, at);
    }

    /** What a change of organisation or role did. */
    public record Changed(CaseMember member, String by, OffsetDateTime at) {
    }
}
