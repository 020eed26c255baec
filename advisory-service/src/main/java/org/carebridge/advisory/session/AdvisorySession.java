package org.carebridge.advisory.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A meeting of the advisory group of one region: date, members, an agenda of referrals, minutes. */
@Entity
@Table(name = "advisory_session")
public class AdvisorySession extends PanacheEntityBase {
    @Id
    public UUID id;
    public String region;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> members;
    public String minutes;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @ElementCollection
    @CollectionTable(name = "session_agenda_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<AgendaItem> agenda = new ArrayList<>();
    @Version
    public long version;
}
