package org.carebridge.cases.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.barrier.Barrier;
import org.hibernate.annotations.BatchSize;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The latest revision of one lesson of the advisory group, as case-service keeps it to suggest it. */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {
    @Id
    public UUID id;
    public int revision;
    @Enumerated(EnumType.STRING)
    public LessonKind kind;
    public String title;
    public String summary;
    @ElementCollection
    @CollectionTable(name = "lesson_barrier", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "barrier")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    public Set<Barrier> barriers = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "lesson_domain", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "domain")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    public Set<Domain> domains = new HashSet<>();
    /** Empty: the lesson holds for every region. */
    @ElementCollection
    @CollectionTable(name = "lesson_region", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "region")
    @BatchSize(size = 50)
    public Set<String> regions = new HashSet<>();
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
