package org.carebridge.network.erased;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case case-service erased. Kept so that an event of that case arriving late (another topic, a replayed dead
 * letter) brings no free text back: the escalation and roster consumers ask {@link #isErased}. It lives below
 * them (erasure, which writes it, sits above everything it blanks).
 */
@Entity
@Table(name = "erased_case")
public class ErasedCase extends PanacheEntityBase {

    /** What a blanked free text reads, as in case-service. */
    public static final String TEXT = "[erased]";

    @Id
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    public static boolean isErased(UUID caseId) {
        return findById(caseId) != null;
    }
}
