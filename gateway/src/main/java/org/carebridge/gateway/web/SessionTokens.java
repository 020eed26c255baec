package org.carebridge.gateway.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The Authorization header to relay to a service: the caller's own bearer header, or for a browser session the
 * access token held in its session cookie. Services check that token themselves, whichever way it came.
 */
public final class SessionTokens {

    private SessionTokens() {
    }

    public static String authorization(String header, SecurityIdentity identity) {
        if (header != null || identity == null) {
            return header;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
