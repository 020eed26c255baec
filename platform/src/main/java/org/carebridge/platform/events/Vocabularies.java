package org.carebridge.platform.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which vocabularies of a consumed event may grow. A service's copy of a vocabulary that may grow marks its "other"
 * constant with Jackson's {@link JsonEnumDefaultValue}; the consumer then reads a value it does not know as that
 * constant ({@link EventCodec}). The producer's AsyncAPI document says which may grow: an enum schema with
 * {@value #MAY_GROW}{@code : true}. Contract tests hold the two together.
 */
public final class Vocabularies {

    public static final String MAY_GROW = "x-may-grow";

    private Vocabularies() {
    }

    /** The constant a value this release does not know reads as; empty for a closed vocabulary. */
    public static Optional<Enum<?>> otherOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).<Enum<?>>map(c -> (Enum<?>) c)
                .filter(c -> isOther(enumType, c)).findFirst();
    }

    private static boolean isOther(Class<?> enumType, Enum<?> constant) {
        try {
            return enumType.getField(constant.name()).isAnnotationPresent(JsonEnumDefaultValue.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The names of an enum's constants, e.g. to match it with a vocabulary of an AsyncAPI document. */
    public static Set<String> valuesOf(Class<?> enumType) {
        return new TreeSet<>(Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }

    /** Every enum a record reads: in its components, their lists and the records nested in it. */
    public static Set<Class<?>> enumsOf(Class<?> record) {
        Set<Class<?>> enums = new LinkedHashSet<>();
        collect(record, enums, new HashSet<>());
        return enums;
    }

    private static void collect(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> collect(t, enums, seen));
        } else if (type instanceof Class<?> c && c.isEnum()) {
            enums.add(c);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), enums, seen);
            }
        }
    }

    /**
     * The enums of a consumed record that a producer says may grow (their values are among one of the growing
     * vocabularies, a release behind allowed) but that have no "other" to read a new value as: each would make a
     * newer producer's event poison. A contract test wants none.
     */
    public static Set<Class<?>> intolerant(Class<?> record, Set<Set<String>> growing) {
        Set<Class<?>> intolerant = new LinkedHashSet<>();
        for (Class<?> vocabulary : enumsOf(record)) {
            boolean mayGrow = growing.stream().anyMatch(values -> values.containsAll(valuesOf(vocabulary)));
            if (mayGrow && otherOf(vocabulary).isEmpty()) {
                intolerant.add(vocabulary);
            }
        }
        return intolerant;
    }

    /** The value sets of every enum schema in an AsyncAPI document (as a JSON tree) that says it may grow. */
    public static Set<Set<String>> mayGrow(JsonNode document) {
        Set<Set<String>> growing = new HashSet<>();
        collectGrowing(document, growing);
        return growing;
    }

    private static void collectGrowing(JsonNode node, Set<Set<String>> growing) {
        if (node.path("enum").isArray() && node.path(MAY_GROW).asBoolean(false)) {
            Set<String> values = new TreeSet<>();
            node.get("enum").forEach(v -> values.add(v.asText()));
            growing.add(values);
        }
        node.forEach(child -> collectGrowing(child, growing));
    }
}
