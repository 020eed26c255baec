package org.carebridge.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value our own readers refused, with a message already in the caller's terms: {@link BodyErrors} shows it as it
 * is, where Jackson's own messages are replaced because they name Java types.
 */
public class BadValue extends InvalidFormatException {

    public BadValue(JsonParser parser, String message, Object value, Class<?> targetType) {
        super(parser, message, value, targetType);
    }
}
