package org.carebridge.network.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.carebridge.network.vocabulary.AgeBand;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An alert case-service raised on a case of the region; the id is case-service's alertId. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    public String pseudonym;
    @Column(name = "age_band")
    public AgeBand ageBand;
    /** As case-service names it: an open set, stored and shown as it comes (a tolerant reader). */
    public String kind;
    public String cause;
    @Column(name = "lead_username")
    public String leadUsername;
    /** "yyyy-MM", the month of the 18th birthday; never the day. */
    @Column(name = "turns18_in")
    public String turns18In;
    @Column(name = "overdue_days")
    public Integer overdueDays;
    @Column(name = "inactive_days")
    public Integer inactiveDays;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
