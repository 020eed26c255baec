package org.carebridge.cases.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
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

    public static boolean isMember(UUID caseId, String username) {
        return count("caseId = ?1 and username = ?2", caseId, username) > 0;
    }
}
