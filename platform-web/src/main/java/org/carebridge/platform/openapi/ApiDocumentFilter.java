package org.carebridge.platform.openapi;

import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What every operation of every Carebridge service (and the gateway) can answer besides its success, written once
 * instead of on 100 methods: the problem+json refusals of platform-web (ProblemMappers, ProblemChallenge,
 * RequestGuard) and of the gateway in front (RequestShape, RateLimit), the bearer token on every operation (an
 * inherited {@code @RolesAllowed}, as on the dead-letter resources, is invisible to the scanner), and the paging
 * parameters' type and bounds ({@link PageRequest}). What only one operation answers stays an annotation on it.
 * Registered in platform-web's microprofile-config.properties. An exception here would be dropped at build time and
 * the document written without these changes: ApiDocumentFilterTest runs it on a small model, and the document
 * carries {@value #MARKER} for a check of the built one.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String SECURITY = "SecurityScheme";
    /** An extension of the document's info: the filter ran to its end (a check of a served document looks for it). */
    public static final String MARKER = "x-carebridge-filtered";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    /**
     * Refusals of the request's shape that any operation can meet, before routing (RequestGuard in every service,
     * RequestShape and RateLimit in the gateway that relays the API): one shared answer each, referred to.
     */
    static final Map<String, String> SHAPE_REFUSALS = Map.of(
            "413", "The body (or its declared Content-Length) is over the size limit",
            "414", "The request line is over the length limit",
            "429", "Over the gateway's rate limit for this caller; Retry-After says in how many seconds to try again",
            "431", "The request headers are over the size limit");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        if (api.getComponents().getSchemas() != null) {
            NullableMembers.apply(api.getComponents().getSchemas());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        SHAPE_REFUSALS.forEach((code, description) -> api.getComponents().addResponse(shapeRefusal(code),
                problemResponse(description)));
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.getOperations().forEach((method, operation) -> document(method, operation));
                }
            });
        }
        if (api.getInfo() == null) {
            api.setInfo(OASFactory.createInfo());
        }
        api.getInfo().addExtension(MARKER, true);
    }

    private static String shapeRefusal(String code) {
        return "Refused" + code;
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(ApiDocumentFilter::typePaging);
        APIResponses responses = operation.getResponses();
        dropGuessedOk(responses);
        boolean body = operation.getRequestBody() != null;
        // 401: no, a bad or an expired token (ProblemChallenge); 403: the role or the object is not the caller's
        problem(responses, "401", "No valid bearer token");
        problem(responses, "403", "The caller's role may not do this");
        // RequestGuard refuses a path or query that is not percent-encoded UTF-8 on every route, parameters or not
        problem(responses, "400", "A parameter or a field of the body is wrong, or the address is not valid "
                + "percent-encoded UTF-8; errors[].field names it");
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            problem(responses, "404", "Unknown, or not the caller's to see");
        }
        if (method != PathItem.HttpMethod.GET) {
            problem(responses, "409", "The object changed meanwhile, or its state does not allow this");
        }
        if (body) {
            problem(responses, "415", "The body is not of a type the operation reads");
        }
        problem(responses, "503", "A dependency (the database, Keycloak) cannot answer now; try again");
        SHAPE_REFUSALS.keySet().forEach(code -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + shapeRefusal(code)));
            }
        });
    }

    /**
     * A method returning a JAX-RS {@code Response} gets a guessed {@code 200 OK} with an empty schema; where the method
     * documents its real success ({@code @APIResponse(responseCode = "201")}), the guess is wrong and goes.
     */
    private static void dropGuessedOk(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        boolean otherSuccess = responses.getAPIResponses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") && !code.equals("200"));
        if (ok != null && otherSuccess && "OK".equals(ok.getDescription())) {
            responses.removeAPIResponse("200");
        }
    }

    private static void problem(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            responses.addAPIResponse(code, problemResponse(description));
        } else if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.content(problemContent());
        }
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void typePaging(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        if ("page".equals(parameter.getName())) {
            parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ZERO).defaultValue(0));
        } else if ("size".equals(parameter.getName())) {
            parameter.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .defaultValue(PageRequest.DEFAULT_SIZE));
        }
    }

    /** RFC 9457 problem details as {@link Problem} writes them (empty members left out). */
    static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors names each offending field")
                .required(List.of("title", "status"))
                .properties(Map.of(
                        "type", text,
                        "title", text,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"),
                        "detail", text,
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }
}
