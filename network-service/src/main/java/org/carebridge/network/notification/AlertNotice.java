package org.carebridge.network.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alert waiting for the next digest email ({@link AlertDigest}). Without an email it is still to be resolved:
 * for {@link #recipient}, or with no recipient for every coordinator of the region.
 */
@Entity
@Table(name = "alert_notice")
public class AlertNotice extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "alert_id")
    public UUID alertId;
    @Column(name = "case_id")
    public UUID caseId;
    public String region;
    /** the alert's kind (NO_LEAD, ...): a category, never the case's text */
    public String category;
    @Column(name = "raised_at")
    public OffsetDateTime raisedAt;
    public String recipient;
    public String email;
    /** the recipient's Keycloak locale, once resolved: the language of the digest's subject */
    public String locale;

    static AlertNotice of(BridgeNotification alert) {
        AlertNotice notice = new AlertNotice();
        notice.id = UUID.randomUUID();
        notice.alertId = alert.subjectId();
        notice.caseId = alert.caseId();
        notice.region = alert.region();
        notice.category = alert.summary();
        notice.raisedAt = alert.at();
        notice.recipient = alert.recipient();
        return notice;
    }

    /** The same notice, resolved to one address. */
    AlertNotice to(String address, String language) {
        AlertNotice resolved = of(notification());
        resolved.email = address;
        resolved.locale = language;
        return resolved;
    }

    /** The notification it came from, as recipients() reads it. */
    BridgeNotification notification() {
        return new BridgeNotification(BridgeNotification.Kind.ALERT, region, recipient, alertId, caseId, category,
                raisedAt);
    }
}
