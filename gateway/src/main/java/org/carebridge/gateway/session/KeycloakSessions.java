package org.carebridge.gateway.session;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.gateway.support.GatewaySettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks Keycloak whether an access token's sign-in still stands: its userinfo endpoint answers 401 once the user
 * signed out, an admin ended their sessions, or the account was disabled, while the token itself stays valid until
 * it expires. A signature check cannot see that, so live streams and browser sessions ask here every
 * {@code carebridge.session.check-every} (30 s). Keycloak unreachable: the answer is "still active" (logged), so
 * an outage of Keycloak does not cut every user off; the token's expiry still applies.
 */
@ApplicationScoped
public class KeycloakSessions {

    private static final Logger LOG = Logger.getLogger(KeycloakSessions.class);
    private static final int MAX_REMEMBERED = 20_000;

    private final WebClient client;
    private final String userinfo;
    private final String logout;
    private final String clientId;
    private final String clientSecret;
    private final long checkEveryMillis;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(Future<Boolean> active, long atMillis) {
    }

    public KeycloakSessions(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
                            GatewaySettings.Session session,
                            @ConfigProperty(name = "quarkus.oidc.web.client-id") String clientId,
                            @ConfigProperty(name = "quarkus.oidc.web.credentials.secret") String clientSecret) {
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5_000));
        this.userinfo = realmUrl + "/protocol/openid-connect/userinfo";
        this.logout = realmUrl + "/protocol/openid-connect/logout";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.checkEveryMillis = session.checkEvery().toMillis();
    }

    public long checkEveryMillis() {
        return checkEveryMillis;
    }

    /** As {@link #check}, but asks Keycloak at most once per check period for the same token. */
    public Future<Boolean> active(String accessToken) {
        long now = System.currentTimeMillis();
        Checked last = checked.get(accessToken);
        if (last != null && now - last.atMillis() < checkEveryMillis) {
            return last.active();
        }
        if (checked.size() > MAX_REMEMBERED) {
            checked.clear(); // many sessions at once: ask again rather than grow without bound
        }
        Future<Boolean> active = check(accessToken);
        checked.put(accessToken, new Checked(active, now));
        return active;
    }

    /** True while Keycloak accepts the token at its userinfo endpoint; false once the sign-in is gone. */
    public Future<Boolean> check(String accessToken) {
        return client.getAbs(userinfo).bearerTokenAuthentication(accessToken).timeout(10_000).send()
                .map(answer -> answer.statusCode() != 401 && answer.statusCode() != 403)
                .otherwise(failure -> {
                    LOG.warnf("Keycloak's userinfo did not answer (%s); the session counts as active", failure.getMessage());
                    return true;
                });
    }

    /** Ends the Keycloak session of a refresh token of the web client (Keycloak's back-channel logout request). */
    public void endSession(String refreshToken) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap().add("client_id", clientId)
                .add("client_secret", clientSecret).add("refresh_token", refreshToken);
        client.postAbs(logout).timeout(10_000).sendForm(form).onComplete(answer -> {
            if (answer.failed() || answer.result().statusCode() != 204) {
                LOG.warnf("Keycloak did not end a session at logout: %s",
                        answer.failed() ? answer.cause().getMessage() : answer.result().statusCode());
            }
        });
    }

    /** The token's session ended here (/logout): refused at once, whatever Keycloak said before. */
    public void ended(String accessToken) {
        checked.put(accessToken, new Checked(Future.succeededFuture(false), Long.MAX_VALUE / 2));
    }
}
