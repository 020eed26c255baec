package org.carebridge.advisory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.hasItem;

/** Bad lessons and bad searches answer 400 naming the field; unknown lessons 404. */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class LessonValidationTest {

    private static final String GOOD = "\"kind\":\"LESSON\",\"title\":\"t\",\"summary\":\"s\",\"domains\":[\"WORK\"],\"regions\":[]";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no barriers|{" + GOOD + ",\"barriers\":[]}|barriers",
            "unknown barrier|{" + GOOD + ",\"barriers\":[\"WEATHER\"]}|barriers[0]",
            "missing kind|{\"title\":\"t\",\"summary\":\"s\",\"barriers\":[\"HOUSING\"],\"domains\":[],\"regions\":[]}|kind",
            "blank title|{\"kind\":\"LESSON\",\"title\":\" \",\"summary\":\"s\",\"barriers\":[\"HOUSING\"],\"domains\":[],\"regions\":[]}|title",
            "blank region|{\"kind\":\"LESSON\",\"title\":\"t\",\"summary\":\"s\",\"barriers\":[\"HOUSING\"],\"domains\":[],\"regions\":[\"\"]}|regions[0]",
            "unknown field|{" + GOOD + ",\"barriers\":[\"HOUSING\"],\"youthName\":\"x\"}|youthName",
            "not JSON|kind=LESSON|body"})
    void badLessonsAreNamed(String name, String body, String field) {
        refusedNaming(field, as("ada").contentType(ContentType.JSON).body(body).post("/api/advisory/lessons"));
        as("ada").contentType(ContentType.JSON).body(body).put("/api/advisory/lessons/{id}", UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem(field));
    }

    @Test
    void aSummaryLongerThan4000IsRefused() {
        as("ada").contentType(ContentType.JSON)
                .body("{\"kind\":\"LESSON\",\"title\":\"t\",\"summary\":\"" + "x".repeat(4001)
                        + "\",\"barriers\":[\"HOUSING\"],\"domains\":[],\"regions\":[]}")
                .post("/api/advisory/lessons").then().statusCode(400).body("errors.field", hasItem("summary"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"barrier,WEATHER", "domain,SPORT", "kind,STORY", "published,maybe", "page,-1", "size,101"})
    void badSearchParametersAreNamed(String parameter, String value) {
        as("ada").queryParam(parameter, value).get("/api/advisory/lessons")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    @Test
    void aTooLongSearchIsNamed() {
        as("ada").queryParam("q", "x".repeat(201)).get("/api/advisory/lessons")
                .then().statusCode(400).body("errors.field", hasItem("q"));
    }

    @Test
    void unknownLessonsAreNotFound() {
        as("ada").get("/api/advisory/lessons/{id}", UUID.randomUUID()).then().statusCode(404);
        as("ada").post("/api/advisory/lessons/{id}/publication", UUID.randomUUID()).then().statusCode(404);
        as("ada").contentType(ContentType.JSON).body("{\"title\":\"\"}")
                .post("/api/advisory/referrals/{id}/lesson", UUID.randomUUID())
                .then().statusCode(400).body("errors.field", hasItem("title"));
    }
}
