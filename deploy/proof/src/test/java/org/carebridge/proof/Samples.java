package org.carebridge.proof;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A valid value for a schema of an OpenAPI document, so that a request carries exactly one thing wrong (or,
 * in the matrix, nothing wrong but its caller): first enum value, a date ahead, a size inside the bounds, and
 * for the fields whose meaning a schema cannot tell (who, which organisation, which referral) a real one.
 */
final class Samples {

    private static final Set<String> USERNAMES = Set.of("username", "owner", "member", "toUsername");
    private static final Map<String, Object> BY_NAME = Map.of(
            "region", "north",
            "organisation", "school",
            "toOrganisation", "social-services",
            "languages", List.of("nl"),
            "members", List.of("ben"),
            "organisations", List.of("school"),
            // a youth's name the free texts ("proof") do not repeat: case-service refuses a role naming the youth
            "givenName", "Samira", "familyName", "Sample", "role", "coach");

    private final ApiDocument doc;
    private final World world;

    Samples(ApiDocument doc, World world) {
        this.doc = doc;
        this.world = world;
    }

    /** A valid JSON body for the endpoint (a Map, List or scalar), or null when it takes none. */
    Object body(ApiDocument.Endpoint endpoint) {
        if (endpoint.body().isMissingNode()) {
            return null;
        }
        Object body = value(endpoint.body(), "body");
        if (endpoint.path().endsWith("/team-allowances") && body instanceof Map<?, ?> fields) {
            // an allowance is for a case worker of another region: the world's, carla of the south (already allowed,
            // so a valid request is a 409 and a body wrong in one field a 400 naming it)
            Map<String, Object> allowance = new LinkedHashMap<>();
            fields.forEach((field, value) -> allowance.put(String.valueOf(field), value));
            allowance.put("username", world.ids.get("team-allowances"));
            return allowance;
        }
        return body;
    }

    Object value(JsonNode schemaOrRef, String name) {
        JsonNode schema = doc.resolve(schemaOrRef);
        if (USERNAMES.contains(name)) {
            return "ben";
        }
        if (name.equals("organisation") && doc.service().equals("network-service")) {
            return world.organisation; // an offer belongs to an organisation of the catalogue
        }
        if (BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        if (name.equals("referralId")) {
            return world.ids.get("referrals");
        }
        if (name.equals("dateOfBirth")) {
            return world.birthDate;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    items.add(value(schema.path("items"), name + "[]"));
                }
                yield items;
            }
            case "integer", "number" -> number(schema);
            case "boolean" -> true;
            default -> string(schema);
        };
    }

    private Map<String, Object> object(JsonNode schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> body.put(p.getKey(), value(p.getValue(), p.getKey())));
        return body;
    }

    private static Object number(JsonNode schema) {
        long value = schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 1;
        return schema.has("maximum") ? Math.min(value, schema.get("maximum").asLong()) : value;
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date" -> LocalDate.now().plusDays(10).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.SECONDS).toString();
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> schema.has("pattern") && !matches("proof", schema.get("pattern").asText())
                    ? patterned(schema.get("pattern").asText()) : "proof";
        };
    }

    /** A value for the few patterns the services use (language codes, quarters, months). */
    private static String patterned(String pattern) {
        for (String candidate : List.of("nl", "2026-Q4", "2026-10", "north", "SCHOOL", "ab12")) {
            if (matches(candidate, pattern)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no sample value matches the pattern " + pattern + ": add one to Samples");
    }

    /**
     * Whole-value match, as Bean Validation's {@code @Pattern} means it; the one exception is the "\\S" the
     * document gives for {@code @NotBlank}, which in JSON Schema (unanchored) means "some non-space".
     */
    static boolean matches(String value, String pattern) {
        return pattern.equals("\\S") ? !value.isBlank() : value.matches(pattern);
    }

    /** The JSON type of a schema ("string" when the document does not say; OpenAPI 3.1 may give a list). */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }
}
