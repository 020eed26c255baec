package org.carebridge.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start/stop bookkeeping Kafka, Keycloak and the services share: a restart may launch again, a shutdown not. */
class ProcessSlotTest {

    @TempDir
    Path dir;
    private final ProcessSlot slot = new ProcessSlot(Duration.ofSeconds(5));

    @AfterEach
    void cleanUp() {
        slot.stopForGood();
    }

    @Test
    void aStopEndsTheProcessAndAllowsTheNextLaunch() {
        ChildProcess first = sleeper();
        assertEquals(first, slot.running());

        slot.stop();

        assertFalse(first.alive());
        assertNull(slot.running());
        assertTrue(sleeper().alive(), "a restart launches again");
    }

    @Test
    void aShutdownEndsTheProcessAndRefusesAnyLaunchAfterIt() {
        ChildProcess running = sleeper();

        slot.stopForGood();

        assertFalse(running.alive());
        IllegalStateException refused = assertThrows(IllegalStateException.class, this::sleeper);
        assertEquals("stack is shutting down", refused.getMessage());
    }

    @Test
    void aKillEndsTheProcessAtOnceAndAllowsTheNextLaunch() {
        ChildProcess running = sleeper();

        slot.kill();

        assertFalse(running.alive());
        assertNull(slot.running());
        assertTrue(sleeper().alive());
    }

    private ChildProcess sleeper() {
        return slot.launch("sleeper", List.of("sleep", "60"), Map.of(), dir, dir.resolve("sleeper.log"));
    }
}
