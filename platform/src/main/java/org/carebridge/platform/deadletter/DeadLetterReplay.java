package org.carebridge.platform.deadletter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One replay of a dead letter: who sent its record back to its topic, and when. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "dead_letter")
    public String deadLetter;
    public String topic;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "replayed_by")
    public String replayedBy;
    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;
}
