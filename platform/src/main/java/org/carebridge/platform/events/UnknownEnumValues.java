package org.carebridge.platform.events;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The tolerant reader of consumed events' enums: a value this release does not know, in a vocabulary that may grow
 * (its enum marks its "other" constant, see {@link Vocabularies}), reads as that constant instead
 * of making the event poison, so a producer may be upgraded before its consumers. A closed vocabulary's copy marks
 * its safe reading the same way (urgency HIGH: the one that asks for more attention), so a consumer a release behind
 * applies the event too. The raw value is kept with the event's inbox row and logged once per vocabulary and value.
 * An enum that marks no constant, and a value that is no vocabulary value at all (free text), is still poison.
 */
final class UnknownEnumValues extends DeserializationProblemHandler {

    private static final Logger LOG = Logger.getLogger(UnknownEnumValues.class);
    /** Bounds what a producer sending ever new values can make this instance remember; past it, no more logging. */
    static final int MAX_LOGGED = 1000;
    /** The reading's attribute that collects "field=value" for every value read as "other". */
    static final Object UNRECOGNISED = UnknownEnumValues.class;

    /** Upper snake case, as every growing vocabulary is: a name ("Amira") or a sentence never passes as a value. */
    private static final Pattern VOCABULARY_VALUE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                         String failureMsg) {
        Optional<Enum<?>> other = targetType.isEnum() ? Vocabularies.otherOf(targetType) : Optional.empty();
        if (other.isEmpty() || !VOCABULARY_VALUE.matcher(value).matches()) {
            return NOT_HANDLED; // a closed vocabulary, or no vocabulary value at all (free text): poison as before
        }
        String field = ctxt.getParser().getParsingContext().pathAsPointer().toString();
        @SuppressWarnings("unchecked")
        List<String> unrecognised = (List<String>) ctxt.getAttribute(UNRECOGNISED);
        if (unrecognised != null) {
            unrecognised.add(field + "=" + value);
        }
        String vocabulary = targetType.getSimpleName();
        if (logged.size() < MAX_LOGGED && logged.add(vocabulary + "=" + value)) {
            // a vocabulary value (a barrier, a measure: upper snake case), never free text or a name: safe to log
            LOG.infof("%s %s is not known to this release: read as %s (logged once)", vocabulary, value, other.get());
        }
        return other.get();
    }
}
