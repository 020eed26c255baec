package org.carebridge.cases.problem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.createCase;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * The finding as it was reported: a member whose JSON repeats a key once all its fields were given was a 500 with
 * an empty body (Jackson's "no fallback setter" InvalidDefinitionException, mapped by Quarkus itself). The platform
 * now refuses the repeated key, naming it; a lone surrogate in the youth's name is refused the same way.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class RepeatedKeyTest {

    @Test
    void aMemberThatRepeatsAKeyIsA400NamingIt() {
        String caseId = createCase("anna");
        as("anna").body("{\"username\":\"bert\",\"organisation\":\"social-services\",\"role\":\"social worker\","
                        + "\"username\":\"carl\"}")
                .post("/api/cases/{id}/members", caseId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("username")).body("detail", containsString("appears more than once"));
    }

    @Test
    void aLoneSurrogateInTheYouthsNameIsA400NamingIt() {
        as("anna").body("{\"youth\":{\"givenName\":\"Sam\\ud800\",\"familyName\":\"X\",\"dateOfBirth\":\"2010-01-01\"},"
                        + "\"intensity\":\"INTENSIVE\",\"domains\":[\"SCHOOL\"]}")
                .post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("youth.givenName")).body("detail", containsString("surrogate"));
    }
}
