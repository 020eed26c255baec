package org.carebridge.advisory.barrier;

/** Where a structural barrier stands: noted, signalled to policy makers, being addressed, or gone. */
public enum BarrierStatus {
    OPEN, SIGNALLED, ADDRESSED, CLOSED
}
