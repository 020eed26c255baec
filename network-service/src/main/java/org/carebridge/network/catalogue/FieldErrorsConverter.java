package org.carebridge.network.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.carebridge.platform.problem.Problem;

import java.util.List;

/**
 * An import's errors as JSON text. A mapper of its own rather than Quarkus' REST one, whose settings serve HTTP
 * and may change for it (Hibernate refuses to share it for JSON columns for that reason).
 */
@Converter
public class FieldErrorsConverter implements AttributeConverter<List<Problem.FieldError>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Problem.FieldError>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Problem.FieldError> errors) {
        try {
            return JSON.writeValueAsString(errors == null ? List.of() : errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Problem.FieldError> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
