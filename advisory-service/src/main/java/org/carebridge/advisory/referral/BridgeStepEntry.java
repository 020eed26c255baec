package org.carebridge.advisory.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.OffsetDateTime;

/**
 * One step of the bridge's timeline of attempts on a referral: a category and its time, nothing more. The category
 * is the bridge's own word (network-service's BridgeStep.Kind), kept as sent: a step the bridge adds later is stored
 * and shown without a change here.
 */
@Embeddable
public class BridgeStepEntry {
    public String step;
    @Column(name = "at")
    public OffsetDateTime at;

    public BridgeStepEntry() {
    }

    public BridgeStepEntry(String step, OffsetDateTime at) {
        this.step = step;
        this.at = at;
    }
}
