package org.carebridge.network.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.platform.problem.Problem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One CSV import of offers: where it stands, how far it got, and why it failed if it did. */
@Entity
@Table(name = "offer_import")
public class OfferImport extends PanacheEntityBase {

    /** In this order; processed counts the rows of the current phase (validated, then stored). */
    public enum Status { VALIDATING, STORING, DONE, FAILED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int total;
    public int processed;
    @Convert(converter = FieldErrorsConverter.class)
    public List<Problem.FieldError> errors;
    public String reason;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** The replica running the import, and when it last said it still does ({@link ImportLeases}). */
    @Column(name = "running_on")
    public String runningOn;
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
}
