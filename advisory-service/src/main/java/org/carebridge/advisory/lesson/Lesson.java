package org.carebridge.advisory.lesson;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A lesson or success story of the knowledge base. It is written as a draft and published as numbered revisions;
 * {@code changed} says the text differs from the last published revision. Owned by the region of its author:
 * that region's members edit and publish it (403 for anyone else); every advisory member reads it once published.
 * Its revision and publication change only through {@link #rewrite} and {@link #publish}, which return what happened
 * ({@link Published} for the recorder).
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
    // the publication's state: read in this package (the view), changed only by rewrite and publish
    /** the last published revision; 0 while it is a draft that was never published */
    int revision;
    boolean changed;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "published_by")
    String publishedBy;
    @Column(name = "published_at")
    OffsetDateTime publishedAt;
    @Version
    public long version;

    /** A new draft of {@code region}, never published; nothing leaves the advisory group until it is. */
    public static Lesson draft(LessonRequest request, String region, String by, OffsetDateTime at) {
        Lesson l = new Lesson();
        l.id = UUID.randomUUID();
        l.ownerRegion = region;
        l.createdBy = by;
        l.createdAt = at;
        l.write(request, at);
        return l;
    }

    /** Replaces the text and tags (403 outside its region); a published lesson then has changes waiting. */
    public void rewrite(LessonRequest request, String byRegion, OffsetDateTime at) {
        requireOwnedBy(byRegion);
        write(request, at);
    }

    /**
     * Publishes the current text as the next revision (403 outside its region). Publishing again without an edit in
     * between publishes nothing new, so a retried request cannot create a second revision.
     *
     * @return the revision published, or empty when there was nothing new to publish
     */
    public Optional<Published> publish(String by, String byRegion, OffsetDateTime at) {
        requireOwnedBy(byRegion);
        if (revision > 0 && !changed) {
            return Optional.empty();
        }
        revision++;
        changed = false;
        publishedBy = by;
        publishedAt = at;
        return Optional.of(new Published(this, revision, by, at));
    }

    /** A revision as {@link #publish} made it, for the recorder: the lesson holds the text it published. */
    public record Published(Lesson lesson, int revision, String publishedBy, OffsetDateTime publishedAt) {
    }

    private void write(LessonRequest request, OffsetDateTime at) {
        kind = request.kind();
        title = request.title().strip();
        summary = request.summary().strip();
        barriers = request.barriers().stream().distinct().map(Enum::name).toList();
        domains = request.domains().stream().distinct().map(Enum::name).toList();
        regions = request.regions().stream().map(String::strip).distinct().toList();
        changed = true;
        updatedAt = at;
    }

    /** Only members of the lesson's own region edit or publish it; {@code region} null (none in the token): no one. */
    private void requireOwnedBy(String region) {
        if (!ownerRegion.equals(region)) {
            throw ProblemException.forbidden("lesson " + id + " belongs to region " + ownerRegion);
        }
    }
}
