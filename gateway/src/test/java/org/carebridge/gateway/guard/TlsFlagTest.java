package org.carebridge.gateway.guard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** Behind a TLS-terminating proxy (carebridge.tls=true): HSTS on every answer, and the sign-in cookies are Secure. */
@QuarkusTest
@TestProfile(TlsFlagTest.BehindTls.class)
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class TlsFlagTest {

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carebridge.tls", "true");
        }
    }

    @Test
    void hstsAndSecureCookies() {
        given().get("/signed-out").then().statusCode(200)
                .header("Strict-Transport-Security", startsWith("max-age=31536000"));
        given().get("/api/me").then().statusCode(401).header("Strict-Transport-Security", startsWith("max-age="));
        given().redirects().follow(false).get("/cases").then().statusCode(302)
                .header("Set-Cookie", containsString("q_auth_web"))
                .header("Set-Cookie", containsString("Secure"));
    }
}
