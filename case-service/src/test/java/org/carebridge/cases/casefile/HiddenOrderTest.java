package org.carebridge.cases.casefile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.carebridge.stack.testing.KeycloakDirectory;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.carebridge.cases.CaseApi.addMember;
import static org.carebridge.cases.CaseApi.as;
import static org.carebridge.cases.CaseApi.newCase;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sorting "my cases" by name or birth date orders only what the caller may see: cases whose youth is hidden from
 * them come after, in id order, whatever their hidden name or date (before, their place revealed both).
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "case"))
class HiddenOrderTest {

    @Test
    void hiddenCasesSortAsUnknownByNameAndByBirthDate() {
        String region = KeycloakDirectory.freshRegion();
        String creator = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        String member = KeycloakDirectory.ofTestStack().create("case-worker", region).username();
        // the visible youth sorts last by name and by birth date; the hidden ones would sort first
        String visible = open(creator, "Zed", "Zzz" + region, LocalDate.now().minusYears(10));
        String hiddenA = open(creator, "Abe", "Aaa" + region, LocalDate.now().minusYears(20));
        String hiddenB = open(creator, "Bea", "Bbb" + region, LocalDate.now().minusYears(19));
        for (String id : List.of(visible, hiddenA, hiddenB)) {
            addMember(creator, id, member);
        }
        as(creator).body(Map.of("member", member, "purpose", "IDENTITY", "givenBy", "YOUTH"))
                .when().post("/api/cases/{id}/consents", visible).then().statusCode(201);
        List<String> hiddenById = Stream.of(hiddenA, hiddenB).sorted().toList();
        List<String> expected = Stream.concat(Stream.of(visible), hiddenById.stream()).toList();

        for (String sort : List.of("NAME", "BIRTHDATE")) {
            as(member).when().get("/api/cases?sort={s}&size=10", sort).then().statusCode(200)
                    .body("items.id", equalTo(expected));
        }
        // the creator sees every youth: there the order is by the values themselves
        as(creator).when().get("/api/cases?sort=NAME&size=10").then().body("items.id",
                equalTo(List.of(hiddenA, hiddenB, visible)));
        as(creator).when().get("/api/cases?sort=BIRTHDATE&size=10").then().body("items.id",
                equalTo(List.of(hiddenA, hiddenB, visible)));
    }

    private static String open(String user, String given, String family, LocalDate born) {
        return as(user).body(newCase(given, family, born)).when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }
}
