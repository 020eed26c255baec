package org.carebridge.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A poison event's reason goes to the dead-letter topic and an operator's screen: it names the field, never the text. */
class EventCodecTest {

    record Advice(UUID escalationId, int version) {
    }

    private final EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aFieldOfTheWrongTypeIsNamedWithoutItsValue() {
        CloudEvent event = codec.envelope("""
                {"specversion":"1.0","id":"e-1","source":"test","type":"t.v1",
                 "data":{"escalationId":"Yonas told the coach about his brother","version":1}}""");
        PoisonEventException poison = assertThrows(PoisonEventException.class, () -> codec.data(event, Advice.class));
        assertTrue(poison.getMessage().contains("field escalationId"), poison.getMessage());
        assertFalse(poison.getMessage().contains("Yonas"), poison.getMessage());
    }

    @Test
    void brokenJsonIsPlacedByLineAndColumnWithoutQuotingIt() {
        PoisonEventException poison = assertThrows(PoisonEventException.class,
                () -> codec.envelope("{\"id\": Yonas-is-afraid }"));
        assertTrue(poison.getMessage().contains("line 1, column"), poison.getMessage());
        assertFalse(poison.getMessage().contains("Yonas"), poison.getMessage());
    }
}
