package org.carebridge.platform.openapi;

import org.carebridge.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter run on a small model as SmallRye's scanner would hand it over: an exception in an OASFilter is dropped
 * at build time and the document served without the filter's changes, so this is where a broken filter shows.
 */
class ApiDocumentFilterTest {

    private OpenAPI api;
    private Operation read;
    private Operation change;
    private Operation health;

    @BeforeEach
    void smallDocument() {
        Schema inner = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("note", text()));
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("id"))
                .properties(Map.of("id", text(), "closedAt", text(),
                        "inner", OASFactory.createSchema().ref("#/components/schemas/Inner")));
        read = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH)
                        .schema(text()))
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY).schema(text()))
                .addParameter(OASFactory.createParameter().name("size").in(Parameter.In.QUERY).schema(text()))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("the thing")));
        change = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("created"))
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("its own words")));
        health = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("up")));
        api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("View", view).addSchema("Inner", inner))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/things/{id}", OASFactory.createPathItem().GET(read))
                        .addPathItem("/api/things", OASFactory.createPathItem().POST(change))
                        .addPathItem("/q/health", OASFactory.createPathItem().GET(health)));
        new ApiDocumentFilter().filterOpenAPI(api);
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    @Test
    void everyApiOperationGetsTheCommonRefusalsAsProblems() {
        assertEquals(Set.of("200", "400", "401", "403", "404", "413", "414", "429", "431", "503"),
                read.getResponses().getAPIResponses().keySet());
        assertEquals(Set.of("201", "400", "401", "403", "409", "413", "414", "415", "429", "431", "503"),
                change.getResponses().getAPIResponses().keySet(), "the guessed 200 goes where 201 is documented");
        APIResponse unauthorised = read.getResponses().getAPIResponse("401");
        assertEquals("#/components/schemas/Problem", unauthorised.getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals("its own words", change.getResponses().getAPIResponse("409").getDescription(),
                "an operation's own answer is kept, only given the problem body");
        assertNotNull(change.getResponses().getAPIResponse("409").getContent()
                .getMediaType("application/problem+json"));
        assertEquals("#/components/responses/Refused429", read.getResponses().getAPIResponse("429").getRef());
        APIResponse tooMany = api.getComponents().getResponses().get("Refused429");
        assertNotNull(tooMany.getContent().getMediaType("application/problem+json"), "the shared refusal is a problem");
        assertEquals(Set.of("title", "status"), new TreeSet<>(api.getComponents().getSchemas().get("Problem")
                .getRequired()));
    }

    @Test
    void onlyTheApiIsTouchedAndItCarriesTheToken() {
        assertEquals(Set.of("200"), health.getResponses().getAPIResponses().keySet());
        assertNull(health.getSecurity());
        assertEquals(Set.of(ApiDocumentFilter.SECURITY), read.getSecurity().get(0).getSchemes().keySet());
        assertEquals(Set.of(ApiDocumentFilter.SECURITY), change.getSecurity().get(0).getSchemes().keySet());
        assertFalse(read.getResponses().getAPIResponses().containsKey("409"), "a read changes nothing");
        assertFalse(change.getResponses().getAPIResponses().containsKey("404"), "no path parameter, nothing unknown");
    }

    @Test
    void pagingIsTypedAndBounded() {
        Schema page = parameter("page").getSchema();
        Schema size = parameter("size").getSchema();
        assertEquals(List.of(Schema.SchemaType.INTEGER), page.getType());
        assertEquals(BigDecimal.ZERO, page.getMinimum());
        assertEquals(List.of(Schema.SchemaType.INTEGER), size.getType());
        assertEquals(BigDecimal.ONE, size.getMinimum());
        assertEquals(BigDecimal.valueOf(PageRequest.MAX_SIZE), size.getMaximum());
        assertEquals(List.of(Schema.SchemaType.STRING), parameter("id").getSchema().getType(), "not a paging one");
    }

    @Test
    void membersNotRequiredAreNullableAllTheWayDown() {
        Map<String, Schema> members = api.getComponents().getSchemas().get("View").getProperties();
        assertFalse(members.get("id").getType().contains(Schema.SchemaType.NULL), "required");
        assertTrue(members.get("closedAt").getType().contains(Schema.SchemaType.NULL));
        Schema inner = members.get("inner");
        assertNull(inner.getRef(), "a nullable reference is written in place");
        assertTrue(inner.getType().containsAll(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL)));
        assertTrue(inner.getProperties().get("note").getType().contains(Schema.SchemaType.NULL));
    }

    @Test
    void theDocumentCarriesTheMarkerOfAFilterThatRanToItsEnd() {
        assertEquals(true, api.getInfo().getExtensions().get(ApiDocumentFilter.MARKER));
    }

    private Parameter parameter(String name) {
        return read.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }
}
