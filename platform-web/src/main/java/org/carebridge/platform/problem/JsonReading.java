package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Strict reading of every JSON body and event: a repeated key, data after the value and nesting deeper than
 * {@link #MAX_DEPTH} are refused (400 naming the field) instead of being read somehow. A repeated key used to keep
 * the last value, or, once the record was complete, fail as a Jackson "definition" error that Quarkus answered with
 * an empty 500. (Null for a primitive stays 0/false: events and bodies that leave one out must keep reading;
 * request fields that must be given are wrapper types with {@code @NotNull}.)
 */
@Singleton
public class JsonReading implements ObjectMapperCustomizer {

    /** No request or event of ours nests deeper than a few levels; 100 keeps recursion far from the stack's end. */
    static final int MAX_DEPTH = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    static final int MAX_NUMBER_LENGTH = 100_000;

    static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // numbers up to 100,000 digits are read (a few ms), so that an over-long one is refused as out of range for
        // its field, named; Jackson's own length refusal (default 1,000) carries no field
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
        return mapper;
    }
}
