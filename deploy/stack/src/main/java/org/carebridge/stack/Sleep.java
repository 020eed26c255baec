package org.carebridge.stack;

/** Sleep that keeps the interrupt flag instead of forcing checked exceptions through every wait loop. */
public final class Sleep {
    private Sleep() {
    }

    public static void millis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
