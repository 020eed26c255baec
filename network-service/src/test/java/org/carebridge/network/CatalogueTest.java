package org.carebridge.network;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.carebridge.stack.testing.Db;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue: a network-admin maintains organisations and offers (also by CSV, all rows or none, errors by
 * row; how an import is followed: CatalogueImportTest); the bridge searches the offers of its region by domain,
 * age, language and words; CSV export.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "network"))
class CatalogueTest {

    @Inject
    DataSource dataSource;

    @Test
    void theAdminMaintainsAndTheRegionsBridgeSearches() {
        String org = organisation("north");
        String title = "Bridging class " + UUID.randomUUID();
        as("nils").contentType(ContentType.JSON).body(offer(org, title, "north", 12, 17, List.of("nl", "ar"), 8))
                .post("/api/network/offers").then().statusCode(201).body("organisation", equalTo(org));

        as("bruno").queryParams(Map.of("domain", "SCHOOL", "age", 16, "language", "ar", "q", title.substring(16),
                        "size", 100))
                .get("/api/network/offers").then().statusCode(200).body("items.title", hasItem(title))
                .body("items.find { it.title == '" + title + "' }.capacity", equalTo(8));
        as("bruno").queryParams(Map.of("age", 19, "size", 100)).get("/api/network/offers").then()
                .body("items.title", not(hasItem(title)));
        as("bruno").queryParams(Map.of("language", "ti", "size", 100)).get("/api/network/offers").then()
                .body("items.title", not(hasItem(title)));
        as("bruno").queryParams(Map.of("q", org.toLowerCase(), "size", 100)).get("/api/network/offers").then()
                .body("items.title", hasItem(title));
        as("sofie").queryParams(Map.of("size", 100)).get("/api/network/offers").then().statusCode(200)
                .body("items.title", not(hasItem(title)));
        as("sofie").get("/api/network/organisations").then().statusCode(200).body("name", not(hasItem(org)));
        as("bruno").get("/api/network/organisations").then().statusCode(200).body("name", hasItem(org));
    }

    @Test
    void aCsvImportIsAllOrNothingAndExportGivesItBack() {
        String org = organisation("north");
        String a = "Homework club " + UUID.randomUUID();
        String b = "Job coaching " + UUID.randomUUID();
        String good = String.join("\n", "organisation,title,domain,region,minAge,maxAge,languages,capacity,contact",
                org + "," + a + ",SCHOOL,north,12,16,nl;ar,10,club@example.org",
                "\"" + org + "\",\"" + b + "\",WORK,north,16,23,nl,5,\"jobs@example.org\"") + "\n";
        ImportSupport.assertDone(ImportSupport.awaitEnd(ImportSupport.start(good)), 2);
        long offers = db().count("select count(*) from offer");

        String bad = String.join("\n", "organisation,title,domain,region,minAge,maxAge,languages,capacity,contact",
                org + ",Fine " + UUID.randomUUID() + ",SCHOOL,north,12,16,nl,3,x@example.org",
                org + ",Broken capacity,SCHOOL,north,12,16,nl,many,x@example.org",
                org + ",Broken domain,SPORT,north,18,16,nl,3,x@example.org",
                "Nobody Org,Unknown org,SCHOOL,north,12,16,nl,3,x@example.org") + "\n";
        var failed = ImportSupport.awaitEnd(ImportSupport.start(bad));
        assertEquals("FAILED", failed.getString("status"));
        assertThat(failed.getList("errors.field"), hasItems("row 2: capacity", "row 3: domain", "row 3: minAge",
                "row 4: organisation"));
        assertThat(failed.getList("errors.field"), not(hasItem(startsWith("row 1:"))));
        assertThat(failed.getString("reason"), containsString("nothing imported"));
        assertEquals(offers, db().count("select count(*) from offer"), "a half import happened");

        as("bruno").get("/api/network/offers/export").then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("organisation,title,domain")).body(containsString(a))
                .body(containsString(b + ",WORK,north,16,23,nl,5,jobs@example.org"));
        as("sofie").get("/api/network/offers/export").then().statusCode(200).body(not(containsString(a)));
    }

    @Test
    void onlyTheAdminMaintainsAndOnlyTheBridgeAndAdminRead() {
        String org = organisation("north");
        as("bruno").contentType(ContentType.JSON).body(offer(org, "x", "north", 1, 2, List.of("nl"), 1))
                .post("/api/network/offers").then().statusCode(403);
        as("bruno").contentType("text/csv").body("organisation\n").post("/api/network/offers/import").then()
                .statusCode(403);
        as("bruno").contentType(ContentType.JSON).body(Map.of("name", "n", "region", "north", "contact", "c"))
                .post("/api/network/organisations").then().statusCode(403);
        for (String user : List.of("anna", "ada", "otto")) {
            as(user).get("/api/network/offers").then().statusCode(403);
            as(user).get("/api/network/organisations").then().statusCode(403);
            as(user).get("/api/network/offers/export").then().statusCode(403);
        }
        String title = "To change " + UUID.randomUUID();
        String id = as("nils").contentType(ContentType.JSON).body(offer(org, title, "north", 1, 2, List.of("nl"), 1))
                .post("/api/network/offers").then().statusCode(201).extract().path("id");
        as("nils").contentType(ContentType.JSON).body(offer(org, title, "north", 1, 3, List.of("nl"), 4))
                .put("/api/network/offers/{id}", id).then().statusCode(200).body("capacity", equalTo(4));
        as("nils").delete("/api/network/offers/{id}", id).then().statusCode(204);
        as("nils").delete("/api/network/offers/{id}", id).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title|{\"organisation\":\"o\",\"domain\":\"SCHOOL\",\"region\":\"north\",\"minAge\":1,\"maxAge\":2,\"languages\":[\"nl\"],\"capacity\":1,\"contact\":\"c\"}",
            "domain|{\"organisation\":\"o\",\"title\":\"t\",\"domain\":\"SPORT\",\"region\":\"north\",\"minAge\":1,\"maxAge\":2,\"languages\":[\"nl\"],\"capacity\":1,\"contact\":\"c\"}",
            "maxAge|{\"organisation\":\"o\",\"title\":\"t\",\"domain\":\"SCHOOL\",\"region\":\"north\",\"minAge\":1,\"maxAge\":99,\"languages\":[\"nl\"],\"capacity\":1,\"contact\":\"c\"}",
            "languages[0]|{\"organisation\":\"o\",\"title\":\"t\",\"domain\":\"SCHOOL\",\"region\":\"north\",\"minAge\":1,\"maxAge\":2,\"languages\":[\"Dutch\"],\"capacity\":1,\"contact\":\"c\"}",
            "capacity|{\"organisation\":\"o\",\"title\":\"t\",\"domain\":\"SCHOOL\",\"region\":\"north\",\"minAge\":1,\"maxAge\":2,\"languages\":[\"nl\"],\"capacity\":-1,\"contact\":\"c\"}",
            "organisation|{\"organisation\":\"no such organisation\",\"title\":\"t\",\"domain\":\"SCHOOL\",\"region\":\"north\",\"minAge\":1,\"maxAge\":2,\"languages\":[\"nl\"],\"capacity\":1,\"contact\":\"c\"}"})
    void badOffersAreNamed(String field, String body) {
        as("nils").contentType(ContentType.JSON).body(body).post("/api/network/offers").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"domain,SPORT", "age,abc", "age,99", "language,Dutch", "size,0"})
    void badSearchParametersAreNamed(String parameter, String value) {
        as("bruno").queryParam(parameter, value).get("/api/network/offers").then().statusCode(400)
                .body("errors.field", hasItem(parameter));
    }

    @Test
    void anEmptyImportIsRefused() {
        as("nils").contentType("text/csv").body("organisation,title\n").post("/api/network/offers/import").then()
                .statusCode(400).body("errors.field", hasItem("body"));
    }

    private static String organisation(String region) {
        String name = "Org " + UUID.randomUUID().toString().substring(0, 8);
        as("nils").contentType(ContentType.JSON).body(Map.of("name", name, "region", region, "contact", "o@example.org"))
                .post("/api/network/organisations").then().statusCode(201);
        return name;
    }

    private static Map<String, Object> offer(String org, String title, String region, int minAge, int maxAge,
                                             List<String> languages, int capacity) {
        return Map.of("organisation", org, "title", title, "domain", "SCHOOL", "region", region, "minAge", minAge,
                "maxAge", maxAge, "languages", languages, "capacity", capacity, "contact", "offer@example.org");
    }

    private Db db() {
        return new Db(dataSource);
    }
}
