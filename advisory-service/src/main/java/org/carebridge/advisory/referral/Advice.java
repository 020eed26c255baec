package org.carebridge.advisory.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The advisory group's advice on one referral, as it was published to the bridge and the case team. */
@Entity
@Table(name = "advice")
public class Advice extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "referral_id")
    public UUID referralId;
    public String advice;
    @Column(name = "given_by")
    public String givenBy;
    @Column(name = "given_at")
    public OffsetDateTime givenAt;

    /** The advice as the referral gave it (and the recorder publishes it). */
    static Advice of(Referral.Advised given) {
        Advice a = new Advice();
        a.id = given.adviceId();
        a.referralId = given.referral().id;
        a.advice = given.advice();
        a.givenBy = given.givenBy();
        a.givenAt = given.givenAt();
        return a;
    }

    public static Optional<Advice> ofReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }

    public static List<Advice> ofReferrals(Collection<UUID> referralIds) {
        return referralIds.isEmpty() ? List.of() : list("referralId in ?1", referralIds);
    }
}
