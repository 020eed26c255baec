package org.carebridge.network.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.util.Optional;

/**
 * Keeps each coordinator's (and case worker's) region and email as their token states them: where emails go when
 * Keycloak cannot be asked who the region's coordinators are, or a user's address (see {@link CoordinatorDirectory}).
 */
@ApplicationScoped
public class Contacts {

    private final CurrentUser user;
    private final JsonWebToken token;
    private final Clock clock;

    public Contacts(CurrentUser user, JsonWebToken token, Clock clock) {
        this.user = user;
        this.token = token;
        this.clock = clock;
    }

    /** The caller's email from their token, remembered (or refreshed) with their region; empty without one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> rememberCaller() {
        String email = token.getClaim("email");
        Optional<String> region = user.region();
        if (email == null || email.isBlank() || region.isEmpty()) {
            return Optional.empty();
        }
        CoordinatorContact contact = CoordinatorContact.findById(user.username());
        if (contact == null) {
            contact = new CoordinatorContact();
            contact.username = user.username();
        }
        contact.region = region.get();
        contact.email = email;
        contact.coordinator = user.hasRole(Roles.BRIDGE_COORDINATOR);
        contact.lastSeenAt = Clocks.now(clock);
        contact.persist();
        return Optional.of(email);
    }
}
