package org.carebridge.gateway;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.carebridge.gateway.web.RequiredSecrets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's configuration under %prod has no default secret: without the environment variables, reading the
 * client secret or the session cookie's key fails naming the variable (and so does the start of the gateway);
 * with them, each is what the environment says, and the cookie key is not the client secret.
 */
class ProdSecretsTest {

    private static final String CLIENT_SECRET = "quarkus.oidc.web.credentials.secret";
    private static final String SESSION_SECRET = "quarkus.oidc.web.token-state-manager.encryption-secret";

    @Test
    void prodRefusesToRunWithoutItsSecretsAndNamesThem() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of());
        assertTrue(missing(prod, CLIENT_SECRET).contains("CAREBRIDGE_GATEWAY_CLIENT_SECRET"));
        assertTrue(missing(prod, SESSION_SECRET).contains("CAREBRIDGE_GATEWAY_SESSION_SECRET"));
    }

    @Test
    void theGatewayRefusesToStartWithoutTheCookieKeyOrWithAWeakOne() throws IOException {
        RequiredSecrets check = new RequiredSecrets();
        assertTrue(assertThrows(IllegalStateException.class, () -> check.check(null, config("prod",
                Map.of("CAREBRIDGE_GATEWAY_CLIENT_SECRET", "x")))).getMessage()
                .contains("CAREBRIDGE_GATEWAY_SESSION_SECRET"));
        assertThrows(IllegalStateException.class, () -> check.check(null, config("prod", Map.of(
                "CAREBRIDGE_GATEWAY_CLIENT_SECRET", "x", "CAREBRIDGE_GATEWAY_SESSION_SECRET", "short"))));
        String same = "the-same-value-for-both-of-them-0123456789";
        assertThrows(IllegalStateException.class, () -> check.check(null, config("prod", Map.of(
                "CAREBRIDGE_GATEWAY_CLIENT_SECRET", same, "CAREBRIDGE_GATEWAY_SESSION_SECRET", same))));
        check.check(null, config("test", Map.of()));
    }

    @Test
    void prodTakesTheSecretsFromTheEnvironment() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of("CAREBRIDGE_GATEWAY_CLIENT_SECRET", "from-env",
                "CAREBRIDGE_GATEWAY_SESSION_SECRET", "a-session-key-of-at-least-32-characters"));
        assertEquals("from-env", prod.getValue(CLIENT_SECRET, String.class));
        assertEquals("a-session-key-of-at-least-32-characters", prod.getValue(SESSION_SECRET, String.class));
    }

    @Test
    void testAndDevKeepDemoValuesWithACookieKeyOfItsOwn() throws IOException {
        SmallRyeConfig test = config("test", Map.of());
        assertNotEquals(test.getValue(CLIENT_SECRET, String.class), test.getValue(SESSION_SECRET, String.class));
        assertEquals(false, test.getValue("quarkus.oidc.web.authentication.cookie-force-secure", Boolean.class));
        assertEquals(true, config("test", Map.of("carebridge.tls", "true"))
                .getValue("quarkus.oidc.web.authentication.cookie-force-secure", Boolean.class));
    }

    private static String missing(SmallRyeConfig config, String property) {
        return assertThrows(NoSuchElementException.class, () -> config.getValue(property, String.class)).getMessage();
    }

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        URL properties = ProdSecretsTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300)).build();
    }
}
