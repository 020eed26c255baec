package org.carebridge.advisory.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A lesson or success story of the knowledge base. It is written as a draft and published as numbered revisions;
 * {@code changed} says the text differs from the last published revision. Owned by the region of its author:
 * that region's members edit and publish it; every advisory member reads it once published.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public LessonKind kind;
    public String title;
    public String summary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> barriers;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> domains;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;
    @Column(name = "owner_region")
    public String ownerRegion;
    @Column(name = "source_referral_id")
    public UUID sourceReferralId;
    /** the last published revision; 0 while it is a draft that was never published */
    public int revision;
    public boolean changed;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Version
    public long version;
}
