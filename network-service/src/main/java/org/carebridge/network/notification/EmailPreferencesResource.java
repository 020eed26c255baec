package org.carebridge.network.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A coordinator's, case worker's or advisory member's own email settings: the address their token gives, the kinds
 * of mail their roles receive, and the kinds they muted. Opening them is also how we learn where (and in which
 * language) to reach them when Keycloak cannot be asked. Each read and change is audited, the kinds as the reason.
 */
@Path("/api/network/me/email-preferences")
@RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.CASE_WORKER, Roles.ADVISORY_MEMBER})
@Produces(MediaType.APPLICATION_JSON)
public class EmailPreferencesResource {

    static final String OBJECT_TYPE = "email-preferences";

    /** {@code kinds}: what reaches the caller's roles by email, so what muting means for them. */
    public record Preferences(String email, Set<BridgeNotification.Kind> kinds, Set<BridgeNotification.Kind> muted) {
    }

    /** No size limit: a set of kinds holds each kind once, so it is as long as the vocabulary at most. */
    public record MuteRequest(@NotNull Set<BridgeNotification.@NotNull Kind> muted) {
    }

    private final CurrentUser user;
    private final Contacts contacts;
    private final AuditTrail audit;

    public EmailPreferencesResource(CurrentUser user, Contacts contacts, AuditTrail audit) {
        this.user = user;
        this.contacts = contacts;
        this.audit = audit;
    }

    @GET
    @Transactional
    public Preferences get() {
        Preferences preferences = preferences(contacts.rememberCaller().orElse(null));
        audit.record("READ", OBJECT_TYPE, user.username(), null, "muted: " + preferences.muted());
        return preferences;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Preferences set(@Valid @NotNull MuteRequest body) {
        String email = contacts.rememberCaller().orElse(null);
        EmailMute.delete("username", user.username());
        EmailMute.flush();
        for (BridgeNotification.Kind kind : body.muted().isEmpty() ? EnumSet.noneOf(BridgeNotification.Kind.class)
                : EnumSet.copyOf(body.muted())) {
            EmailMute mute = new EmailMute();
            mute.username = user.username();
            mute.kind = kind;
            mute.persist();
        }
        Preferences preferences = preferences(email);
        audit.record("UPDATE", OBJECT_TYPE, user.username(), null, "muted: " + preferences.muted());
        return preferences;
    }

    private Preferences preferences(String email) {
        Set<BridgeNotification.Kind> kinds = Arrays.stream(BridgeNotification.Kind.values())
                .filter(kind -> kind.mailedToAny(user.roles()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BridgeNotification.Kind.class)));
        Set<BridgeNotification.Kind> muted = EmailMute.<EmailMute>list("username", user.username()).stream()
                .map(m -> m.kind).collect(TreeSet::new, Set::add, Set::addAll);
        return new Preferences(email, kinds, muted);
    }
}
