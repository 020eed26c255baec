package org.carebridge.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The views are records that Jackson writes whole, an unset member as {@code null} (an escalation not withdrawn has
 * {@code "withdrawnAt": null}); the scanner documents none of them as nullable, so a client generated from the
 * document would refuse real answers. Every member not {@code required} is therefore documented nullable. A member
 * that refers to a component ({@code $ref}) cannot carry nullable beside the reference, and OpenAPI 3.0 tools read
 * "allOf [ref] + nullable" as refusing null (swagger-request-validator does): a typed component is written in place
 * there, nullable, once that component's own members are done (so a nested view is nullable all the way down).
 */
final class NullableMembers {

    private final Map<String, Schema> components;
    private final Set<String> started = new HashSet<>();

    private NullableMembers(Map<String, Schema> components) {
        this.components = components;
    }

    static void apply(Map<String, Schema> components) {
        NullableMembers members = new NullableMembers(Map.copyOf(components));
        components.keySet().forEach(members::finished);
    }

    /** The component with its members done; a component met again while in progress (a cycle) is left as it is. */
    private Schema finished(String name) {
        Schema schema = components.get(name);
        if (schema != null && started.add(name) && schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            // the model hands out an unmodifiable view of the members: a new map replaces them
            Map<String, Schema> members = new LinkedHashMap<>();
            schema.getProperties().forEach((member, property) ->
                    members.put(member, required.contains(member) ? property : nullable(property)));
            schema.setProperties(members);
        }
        return schema;
    }

    private Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema referenced = finished(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
            if (referenced == null || referenced.getType() == null) {
                return OASFactory.createSchema().anyOf(List.of(property,
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            }
            Schema inPlace = OASFactory.createSchema();
            inPlace.setAll(referenced.getAll());
            inPlace.setType(new ArrayList<>(referenced.getType()));
            property = inPlace;
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}
