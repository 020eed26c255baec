package org.carebridge.cases.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One line in a case's history, written in the same transaction as the change it records. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public OffsetDateTime at;
    @Enumerated(EnumType.STRING)
    public TimelineKind kind;
    public String actor;
    public String summary;
    /** The kind's parameters (named in {@link TimelineParams}); {} on lines written before there were any. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> params = Map.of();
    /** The escalation, member or advice the entry is about, if any. */
    @Column(name = "ref_id")
    public UUID refId;
    /** Written by the database: orders the lines of one transaction, which share a timestamp, as written. */
    @Column(insertable = false, updatable = false)
    public Long seq;
}
