package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * A one-field body that repeats its key was a 500 with an empty body (the record was complete at the first key, so
 * Jackson met the second as an InvalidDefinitionException that Quarkus mapped itself); the platform refuses it.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class RepeatedKeyTest {

    @Test
    void aReferralQuestionGivenTwiceIsA400NamingIt() {
        as("bruno").contentType(ContentType.JSON).body("{\"question\":\"a\",\"question\":\"b\"}")
                .post("/api/network/escalations/{id}/referral", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("question")).body("detail", containsString("appears more than once"));
    }
}
