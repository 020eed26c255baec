package org.carebridge.gateway.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.NoSuchElementException;

/**
 * Refuses to start without the session cookie's own key. Quarkus reads that key only when it first writes a
 * session cookie, so without this check a %prod gateway missing it would start and fail at the first login.
 * The client secret needs no check of its own: Quarkus OIDC reads it at start and fails naming the property.
 */
@ApplicationScoped
public class RequiredSecrets {

    static final String SESSION_SECRET = "quarkus.oidc.web.token-state-manager.encryption-secret";
    static final String CLIENT_SECRET = "quarkus.oidc.web.credentials.secret";

    public void check(@Observes StartupEvent started, Config config) {
        String key;
        try {
            key = config.getValue(SESSION_SECRET, String.class);
        } catch (NoSuchElementException e) {
            throw new IllegalStateException("the session cookie's key is not set: set CAREBRIDGE_GATEWAY_SESSION_SECRET"
                    + " (32 or more characters; property " + SESSION_SECRET + ")", e);
        }
        if (key.length() < 32) {
            throw new IllegalStateException("CAREBRIDGE_GATEWAY_SESSION_SECRET must have 32 or more characters");
        }
        if (key.equals(config.getOptionalValue(CLIENT_SECRET, String.class).orElse(null))) {
            throw new IllegalStateException("CAREBRIDGE_GATEWAY_SESSION_SECRET must not be the client secret");
        }
    }
}
