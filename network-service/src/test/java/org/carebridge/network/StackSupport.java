package org.carebridge.network;

import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import org.carebridge.stack.testing.KeycloakTokens;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/** Real tokens and the real broker the test resource gave the application under test. */
public final class StackSupport {

    private static KafkaCompanion kafka;

    private StackSupport() {
    }

    public static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return kafka;
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.accessToken(username));
    }
}
