package org.carebridge.fault;

import org.carebridge.stack.testing.KeycloakTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One access token per user, kept for most of its 15 minutes and renewed by one thread, as a browser session
 * holds its token: without this, dozens of clients logging in at once made a busy Keycloak time out and its
 * brute-force protection refuse the demo users, which is not what this test is about.
 */
final class Tokens {
    private static final long KEEP_NANOS = TimeUnit.MINUTES.toNanos(10);
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> renewAfter = new HashMap<>();

    synchronized String of(String user) {
        Long renew = renewAfter.get(user);
        if (renew != null && System.nanoTime() < renew) {
            return tokens.get(user);
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                String token = KeycloakTokens.requestToken(user, user + "-demo");
                tokens.put(user, token);
                renewAfter.put(user, System.nanoTime() + KEEP_NANOS);
                return token;
            } catch (IllegalStateException e) {
                last = e; // a busy Keycloak: try again after a pause
                Gateway.pause(2000);
            }
        }
        throw last;
    }
}
