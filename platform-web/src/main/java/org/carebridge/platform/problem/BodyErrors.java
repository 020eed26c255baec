package org.carebridge.platform.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON body Jackson could not read, in the caller's terms: the field as a path
 * ({@code members[1].username}, or {@code body} for the document) and what was expected in plain words. Jackson's
 * own messages are never passed on: they name Java classes and packages.
 */
final class BodyErrors {

    static final String BODY = "body";

    private BodyErrors() {
    }

    static Problem.FieldError of(JsonProcessingException e) {
        JsonProcessingException inner = innermost(e);
        String mapped = e instanceof JsonMappingException mapping ? ProblemMappers.jsonPath(mapping) : "";
        String parsed = inner.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
        if (inner instanceof StreamConstraintsException constraint) {
            if (String.valueOf(constraint.getOriginalMessage()).contains("nesting depth")) {
                return new Problem.FieldError(BODY, "is nested more than " + JsonReading.MAX_DEPTH + " levels deep");
            }
            // a number or text over the reader's limits: name the field that holds it
            String field = !parsed.isEmpty() ? parsed : mapped.isEmpty() ? BODY : mapped;
            return new Problem.FieldError(field, "holds a value that is too long");
        }
        if (inner instanceof StreamReadException read && !(inner instanceof InputCoercionException)) {
            return syntax(read, parsed.isEmpty() ? mapped : parsed, mapped);
        }
        // a mapping error's own path is exact (empty: the document itself); the parser may already be one level in
        String field = e instanceof JsonMappingException ? mapped : parsed;
        field = field.isEmpty() ? BODY : field;
        return new Problem.FieldError(field, reason(inner, field));
    }

    /**
     * A document that is not JSON (or not as we take it): where, rather than what the tokenizer expected. A repeated
     * key or bad bytes name the parser's position; a break names the field being read when it broke, else the body.
     */
    private static Problem.FieldError syntax(StreamReadException e, String path, String reading) {
        String broken = reading.isEmpty() ? BODY : reading;
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return new Problem.FieldError(path.isEmpty() ? BODY : path, "appears more than once");
        }
        if (message.contains("UTF-8") || message.contains("UTF-16") || message.contains("UTF-32")) {
            return new Problem.FieldError(path.isEmpty() ? BODY : path, "is not valid UTF-8" + at(e.getLocation()));
        }
        if (e instanceof JsonEOFException || message.contains("end-of-input")) {
            return new Problem.FieldError(broken, "JSON ends too early" + at(e.getLocation()));
        }
        return new Problem.FieldError(broken, "malformed JSON" + at(e.getLocation()));
    }

    private static String reason(JsonProcessingException e, String field) {
        if (e instanceof BadValue) {
            return e.getOriginalMessage();
        }
        if (e instanceof InputCoercionException coercion) {
            return expected(coercion.getTargetType()) + range(coercion.getTargetType());
        }
        if (e instanceof PropertyBindingException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token")) {
                return "has more data after the end of the JSON value";
            }
            return expected(mismatch.getTargetType());
        }
        return BODY.equals(field) ? "could not be read" : "has a value that could not be read";
    }

    /** "must be ..." for the type a field is read into, in words a caller of the API knows. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(BodyErrors::jsonName)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class || type == CharSequence.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        return temporalOrStructure(type);
    }

    private static String temporalOrStructure(Class<?> type) {
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "must be a date and time with offset, such as 2026-12-01T10:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "must be a date and time such as 2026-12-01T10:00:00";
        }
        if (type == LocalTime.class) {
            return "must be a time as HH:MM";
        }
        if (type == YearMonth.class) {
            return "must be a month as YYYY-MM";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a JSON array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "must be a JSON object"
                : "has the wrong type";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == Short.class || type == short.class) {
            return " from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        return type == Byte.class || type == byte.class ? " from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE : "";
    }

    /** The constant as it is written in JSON: its {@code @JsonValue} where it has one, else its name. */
    private static String jsonName(Object constant) {
        for (Method method : constant.getClass().getDeclaredMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
                try {
                    method.setAccessible(true);
                    return String.valueOf(method.invoke(constant));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    break;
                }
            }
        }
        return ((Enum<?>) constant).name();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    /** The parser's position as a field path, e.g. members[1].username; empty at the top. */
    static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            boolean nameFollows = !path.isEmpty() && path.charAt(0) != '[';
            if (c.inArray()) {
                path.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]" + (nameFollows ? "." : ""));
            } else if (c.getCurrentName() != null) {
                path.insert(0, c.getCurrentName() + (nameFollows ? "." : ""));
            }
        }
        return path.toString();
    }

    /** The Jackson failure at the bottom: a mapping error often only wraps the parser's. */
    private static JsonProcessingException innermost(JsonProcessingException e) {
        JsonProcessingException inner = e;
        while (inner.getCause() instanceof JsonProcessingException cause && cause != inner) {
            inner = cause;
        }
        return inner;
    }
}
