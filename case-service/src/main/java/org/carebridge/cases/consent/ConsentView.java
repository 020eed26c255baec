package org.carebridge.cases.consent;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.carebridge.cases.casefile.ConsentPurpose;

public record ConsentView(UUID id, String member, ConsentPurpose purpose, ConsentGiver givenBy, String recordedBy,
                          OffsetDateTime recordedAt, boolean live, OffsetDateTime revokedAt, String revokedBy) {

    static ConsentView of(Consent k) {
        return new ConsentView(k.id, k.memberUsername, k.purpose, k.givenBy, k.recordedBy, k.recordedAt,
                k.revokedAt == null, k.revokedAt, k.revokedBy);
    }
}
