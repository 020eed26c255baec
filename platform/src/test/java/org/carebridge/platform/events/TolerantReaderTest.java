package org.carebridge.platform.events;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A producer upgraded before its consumer: a value the consumer's vocabulary does not know reads as "other" where the
 * vocabulary may grow, and is kept raw; a closed vocabulary still refuses it. Requests are read by another mapper,
 * which stays strict (the feature here is a handler of the codec's own reader, not a setting of the mapper).
 */
class TolerantReaderTest {

    enum Barrier { HOUSING, SCHOOL_ACCESS, @JsonEnumDefaultValue OTHER }

    enum Urgency { LOW, HIGH }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Escalated(Barrier barrier, List<Barrier> more, Urgency urgency, Nested nested) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Nested(Barrier barrier) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventCodec codec = new EventCodec(mapper);

    @Test
    void anUnknownValueOfAGrowingVocabularyReadsAsOtherAndIsKeptRaw() {
        EventCodec.Read<Escalated> read = codec.read(event("""
                {"barrier":"HOMELESSNESS","more":["HOUSING","PEER_PRESSURE"],"urgency":"HIGH",
                 "nested":{"barrier":"DEBT"},"addedLater":{"any":"shape"}}"""), Escalated.class);

        assertEquals(new Escalated(Barrier.OTHER, List.of(Barrier.HOUSING, Barrier.OTHER), Urgency.HIGH,
                new Nested(Barrier.OTHER)), read.data());
        assertEquals(List.of("/barrier=HOMELESSNESS", "/more/1=PEER_PRESSURE", "/nested/barrier=DEBT"),
                read.unrecognised());
    }

    @Test
    void knownValuesLeaveNothingUnrecognised() {
        assertEquals(List.of(), codec.read(event("""
                {"barrier":"HOUSING","more":[],"urgency":"LOW"}"""), Escalated.class).unrecognised());
    }

    @Test
    void anUnknownValueOfAClosedVocabularyIsStillPoison() {
        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> codec.read(event("{\"barrier\":\"HOUSING\",\"urgency\":\"CRITICAL\"}"), Escalated.class));
        assertTrue(poison.getMessage().contains("field urgency"), poison.getMessage());
    }

    @Test
    void freeTextWhereAVocabularyValueBelongsIsPoisonAndNeitherKeptNorQuoted() {
        PoisonEventException poison = assertThrows(PoisonEventException.class, () -> codec.read(
                event("{\"barrier\":\"Yonas sleeps at a friend's\",\"urgency\":\"LOW\"}"), Escalated.class));
        assertTrue(poison.getMessage().contains("field barrier"), poison.getMessage());
        assertTrue(!poison.getMessage().contains("Yonas"), poison.getMessage());
    }

    @Test
    void aNameWhereAVocabularyValueBelongsIsPoisonAndNotKept() {
        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> codec.read(event("{\"barrier\":\"Amira\",\"urgency\":\"LOW\"}"), Escalated.class));
        assertTrue(!poison.getMessage().contains("Amira"), poison.getMessage());
    }

    @Test
    void theApplicationsMapperStaysStrict() {
        assertThrows(Exception.class, () -> mapper.readValue("{\"barrier\":\"HOMELESSNESS\"}", Escalated.class));
    }

    @Test
    void vocabulariesNameTheEnumsOfARecordAndWhichMayGrow() throws Exception {
        assertEquals(Set.of(Barrier.class, Urgency.class), Vocabularies.enumsOf(Escalated.class));
        assertEquals(Barrier.OTHER, Vocabularies.otherOf(Barrier.class).orElseThrow());
        assertTrue(Vocabularies.otherOf(Urgency.class).isEmpty());

        var document = new ObjectMapper().readTree("""
                {"components": {"schemas": {
                  "barrier": {"type": "string", "enum": ["HOUSING", "SCHOOL_ACCESS", "OTHER"], "x-may-grow": true},
                  "urgency": {"type": "string", "enum": ["LOW", "HIGH"]},
                  "lesson": {"properties": {"barriers": {"type": "array",
                      "items": {"type": "string", "enum": ["A", "OTHER"], "x-may-grow": true}}}}}}}""");
        Set<Set<String>> growing = Vocabularies.mayGrow(document);
        assertEquals(Set.of(Vocabularies.valuesOf(Barrier.class), Set.of("A", "OTHER")), growing);
        assertEquals(Set.of(), Vocabularies.intolerant(Escalated.class, growing));
        assertEquals(Set.of(Urgency.class), Vocabularies.intolerant(Escalated.class, Set.of(Set.of("LOW", "HIGH", "NEW"))),
                "a producer says urgency may grow, and our copy has no OTHER for it");
    }

    private static CloudEvent event(String data) {
        try {
            return new CloudEvent("1.0", "e-1", "test", "test.escalated.v1", null, null, null,
                    new ObjectMapper().readTree(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
