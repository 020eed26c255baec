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
 * Keeps each coordinator's (and case worker's, and advisory member's) region, email and language as their token
 * states them: where emails go, and in which language, when Keycloak cannot be asked who the region's coordinators
 * (or advisory members) are, or a user's address (see {@link CoordinatorDirectory}).
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

    /**
     * The caller's email from their token, remembered (or refreshed) with their region, roles and locale; empty
     * without one.
     */
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
        contact.advisoryMember = user.hasRole(Roles.ADVISORY_MEMBER);
        // the realm maps Keycloak's locale attribute into the token (a claim "locale"); too long is not a language
        String locale = token.getClaim("locale");
        contact.locale = locale == null || locale.isBlank() || locale.length() > 35 ? null : locale.strip();
        contact.lastSeenAt = Clocks.now(clock);
        contact.persist();
        return Optional.of(email);
    }
}
