package org.carebridge.network.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One kind of notification a coordinator does not want by email. */
@Entity
@Table(name = "email_mute")
@IdClass(EmailMute.Key.class)
public class EmailMute extends PanacheEntityBase {
    @Id
    public String username;
    @Id
    @Enumerated(EnumType.STRING)
    public BridgeNotification.Kind kind;

    public record Key(String username, BridgeNotification.Kind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
