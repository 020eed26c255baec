package org.carebridge.cases.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carebridge.cases.casefile.ConsentPurpose;

/** A consent of the youth or guardian to share one purpose's data with one member; live until revoked. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "member_username")
    public String memberUsername;
    @Enumerated(EnumType.STRING)
    public ConsentPurpose purpose;
    @Column(name = "given_by")
    @Enumerated(EnumType.STRING)
    public ConsentGiver givenBy;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;

    public static boolean live(UUID caseId, String username, ConsentPurpose purpose) {
        return count("caseId = ?1 and memberUsername = ?2 and purpose = ?3 and revokedAt is null",
                caseId, username, purpose) > 0;
    }
}
