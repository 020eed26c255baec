package org.carebridge.cases.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A consent of the youth or guardian to share one purpose's data with one member; live until revoked. Its life is
 * its methods, {@link #record} and {@link #revoke}; who may record or revoke is {@link ConsentRules}.
 */
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

    /**
     * A consent is recorded for {@code member} (a login name): refused (409) on a closed case and while the member
     * has a live consent for the purpose ({@code live}); the member must be {@code onTeam} (400). The caller persists
     * it.
     */
    public static Recorded record(CareCase c, String member, boolean onTeam, boolean live, NewConsent body, String by,
                                  OffsetDateTime at) {
        c.requireOpen();
        if (!onTeam) {
            throw ProblemException.badField("member", "must be a member of the case");
        }
        if (live) {
            throw ProblemException.conflict(member + " already has consent for " + body.purpose());
        }
        Consent k = new Consent();
        k.id = UUID.randomUUID();
        k.caseId = c.id;
        k.memberUsername = member;
        k.purpose = body.purpose();
        k.givenBy = body.givenBy();
        k.recordedBy = by;
        k.recordedAt = at;
        return new Recorded(k);
    }

    /** The consent ends, also on a closed case (the record stays, marked revoked); refused (409) once revoked. */
    public Revoked revoke(String by, OffsetDateTime at) {
        if (revokedAt != null) {
            throw ProblemException.conflict("the consent is already revoked");
        }
        revokedAt = at;
        revokedBy = by;
        return new Revoked(this);
    }

    /** What recording did: a new live consent, not yet persisted. */
    public record Recorded(Consent consent) {
    }

    /** What revoking did; when and by whom are on the consent. */
    public record Revoked(Consent consent) {
    }
}
