package org.carebridge.advisory.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.carebridge.advisory.vocabulary.BridgeStep;

import java.time.OffsetDateTime;

/** One step of the bridge's timeline of attempts on a referral: a category and its time, nothing more. */
@Embeddable
public class BridgeStepEntry {
    @Enumerated(EnumType.STRING)
    public BridgeStep step;
    @Column(name = "at")
    public OffsetDateTime at;

    public BridgeStepEntry() {
    }

    public BridgeStepEntry(BridgeStep step, OffsetDateTime at) {
        this.step = step;
        this.at = at;
    }
}
