package org.carebridge.stack.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

/** Real tokens and the real broker of the shared test stack, for a service's @QuarkusTest. */
public final class StackSupport {

    private static KafkaCompanion kafka;

    private StackSupport() {
    }

    /** One companion per test JVM on the broker the test resource gave the application under test. */
    public static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(TestStack.current().bootstrapServers());
        }
        return kafka;
    }

    /** A request with a demo user's real access token, e.g. {@code as("bruno").get(...)}. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.accessToken(username));
    }

    /** Expects the refusal of bad input the house rules ask for: 400, problem+json, naming the field. */
    public static void refusedNaming(String field, Response response) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
