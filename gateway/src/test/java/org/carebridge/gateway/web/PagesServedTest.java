package org.carebridge.gateway.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.gateway.EchoBackend;
import org.carebridge.gateway.support.BrowserLogin;
import org.carebridge.gateway.support.KeycloakAdmin;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Server and client agree on the pages: every address of the client's route table (assets/routes.js) is answered with
 * the page shell for a signed-in browser and sends a newcomer to the Keycloak login; an address outside the table's
 * sections stays a 404.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@QuarkusTestResource(EchoBackend.class)
class PagesServedTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void everyRouteOfTheTableIsThePageForASignedInBrowserAndTheLoginForANewcomer() throws IOException {
        KeycloakDirectory.User user = KeycloakAdmin.createUser();
        String cookie = BrowserLogin.sessionCookie(gateway, user.username(), user.password());
        for (String path : PageRoutes.paths(PageRoutesTest.table())) {
            String address = PageRoutesTest.example(path);
            given().header("Cookie", cookie).redirects().follow(false).get(address).then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("<script type=\"module\" src=\"/assets/app.js\"></script>"));
            given().redirects().follow(false).get(address).then().statusCode(302)
                    .header("Location", startsWith(KeycloakTokens.realmUrl() + "/protocol/openid-connect/auth"));
        }
    }

    @Test
    void anAddressOutsideTheTableIsNotAPage() {
        given().redirects().follow(false).get("/nowhere/at-all").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
