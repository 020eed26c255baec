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
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** A coordinator's or case worker's own email settings: the address their token gives, and the kinds they muted. */
@Path("/api/network/me/email-preferences")
@RolesAllowed({Roles.BRIDGE_COORDINATOR, Roles.CASE_WORKER})
@Produces(MediaType.APPLICATION_JSON)
public class EmailPreferencesResource {

    public record Preferences(String email, Set<BridgeNotification.Kind> muted) {
    }

    /** No size limit: a set of kinds holds each kind once, so it is as long as the vocabulary at most. */
    public record MuteRequest(@NotNull Set<BridgeNotification.@NotNull Kind> muted) {
    }

    private final CurrentUser user;
    private final Contacts contacts;

    public EmailPreferencesResource(CurrentUser user, Contacts contacts) {
        this.user = user;
        this.contacts = contacts;
    }

    @GET
    @Transactional
    public Preferences get() {
        return new Preferences(contacts.rememberCaller().orElse(null), muted());
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
        return new Preferences(email, muted());
    }

    private Set<BridgeNotification.Kind> muted() {
        return EmailMute.<EmailMute>list("username", user.username()).stream().map(m -> m.kind)
                .collect(TreeSet::new, Set::add, Set::addAll);
    }
}
