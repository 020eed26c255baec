package org.carebridge.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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

        assertFalse(slot.stop(), "it ended on SIGTERM");

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

    @Test
    void aStopSaysWhenTheProcessIgnoredSigtermAndHadToBeKilled() throws Exception {
        ProcessSlot quick = new ProcessSlot(Duration.ofMillis(500));
        Path log = dir.resolve("stubborn.log");
        ChildProcess stubborn = quick.launch("stubborn", List.of("sh", "-c",
                "trap '' TERM; echo trapped; while :; do sleep 1; done"), Map.of(), dir, log);
        stubborn.awaitReady(Duration.ofSeconds(10), () -> Files.exists(log) && read(log).contains("trapped"));

        assertTrue(quick.stop(), "killed after the grace period");
        assertFalse(stubborn.alive());
    }

    @Test
    void aJvmStillStoppingAfterTheGracePeriodPrintsItsThreadsIntoItsLogBeforeItIsKilled() throws Exception {
        ProcessSlot quick = new ProcessSlot(Duration.ofSeconds(1));
        Path source = dir.resolve("Stuck.java");
        // its shutdown hook never ends, as a service's stop that waits for a thread that never returns
        Files.writeString(source, "public class Stuck { public static void main(String[] a) throws Exception {"
                + " Runtime.getRuntime().addShutdownHook(new Thread(() -> { while (true) { try { Thread.sleep(1000); }"
                + " catch (InterruptedException e) { } } }, \"stuck-in-shutdown\"));"
                + " System.out.println(\"started\"); Thread.sleep(60_000); } }");
        Path log = dir.resolve("stuck.log");
        ChildProcess stuck = quick.launch("stuck", List.of(ChildProcess.currentJava(), source.toString()), Map.of(),
                dir, log);
        stuck.awaitReady(Duration.ofSeconds(60), () -> Files.exists(log) && read(log).contains("started"));

        assertTrue(quick.stop(), "killed after the grace period");
        assertTrue(read(log).contains("\"stuck-in-shutdown\""), "its threads are in its log: " + read(log));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private ChildProcess sleeper() {
        return slot.launch("sleeper", List.of("sleep", "60"), Map.of(), dir, dir.resolve("sleeper.log"));
    }
}
