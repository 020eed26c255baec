package org.carebridge.stack.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.function.Predicate;

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

    /**
     * The records on a topic that match, read up to the topic's end offsets at the moment of asking. Call it once the
     * outbox row behind them is marked published: the relay never sends a published row again, so what this returns
     * is final, and a test can count duplicates without waiting out a window.
     */
    public static List<ConsumerRecord<String, String>> recordsOn(String topic, Predicate<ConsumerRecord<String, String>> matching) {
        return TopicContents.of(TestStack.current().bootstrapServers(), List.of(topic)).get(topic).stream()
                .filter(matching)
                .toList();
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
