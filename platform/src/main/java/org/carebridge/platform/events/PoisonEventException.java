package org.carebridge.platform.events;

/** An event that can never be processed, however often it is redelivered: it belongs on the dead-letter topic. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }
}
