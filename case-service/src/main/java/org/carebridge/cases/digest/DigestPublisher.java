package org.carebridge.cases.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.CaseChanged;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Publishes case.digest.v1 through the outbox whenever a case changed: synchronously, inside the changing
 * transaction, so the digest commits with the change and a database error reaches the caller like any other (a
 * before-completion observer's error is only logged, and the request then fails without its cause). Only when a
 * field of the digest changed since the case's last one, so a transaction that changes a case twice publishes
 * twice only if both states differ.
 */
@ApplicationScoped
public class DigestPublisher {

    private final EntityManager em;
    private final CaseDigests digests;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public DigestPublisher(EntityManager em, CaseDigests digests, Outbox outbox, ObjectMapper json, Clock clock) {
        this.em = em;
        this.digests = digests;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    void onChange(@Observes CaseChanged change) {
        publish(change.caseId());
    }

    private void publish(UUID caseId) {
        CareCase c = CareCase.findById(caseId);
        if (c == null) {
            return; // erased in this very transaction: nothing left to describe
        }
        CaseDigestV1 digest;
        if (c.dateOfBirth != null) {
            digest = digests.of(c);
        } else {
            // erased: the age band and transition state are those of the case's last digest
            List<?> last = em.createNativeQuery("select age_band, transition18 from case_digest where case_id = ?1")
                    .setParameter(1, caseId).getResultList();
            if (last.isEmpty() || ((Object[]) last.get(0))[0] == null) {
                return; // never described while its data existed: nothing to say about it now
            }
            Object[] row = (Object[]) last.get(0);
            digest = digests.ofErased(c, (String) row[0], Transition18Status.valueOf((String) row[1]));
        }
        OffsetDateTime now = Clocks.now(clock);
        // numbered under the row lock of the upsert; no row back: the digest is the same as the case's last one
        List<?> numbered = em.createNativeQuery("""
                        insert into case_digest (case_id, sequence, fingerprint, published_at, age_band, transition18)
                        values (?1, 1, ?2, ?3, ?4, ?5)
                        on conflict (case_id) do update set sequence = case_digest.sequence + 1,
                            fingerprint = excluded.fingerprint, published_at = excluded.published_at,
                            age_band = excluded.age_band, transition18 = excluded.transition18
                        where case_digest.fingerprint <> excluded.fingerprint
                        returning sequence""")
                .setParameter(1, caseId).setParameter(2, fingerprint(digest)).setParameter(3, now)
                .setParameter(4, digest.ageBand()).setParameter(5, digest.transition18().name())
                .getResultList();
        if (numbered.isEmpty()) {
            return;
        }
        long sequence = ((Number) numbered.get(0)).longValue();
        outbox.publish(digest.numbered(sequence, now));
    }

    /** SHA-256 of the unnumbered digest: equal exactly when every field but sequence and asOf is equal. */
    private String fingerprint(CaseDigestV1 unnumbered) {
        try {
            byte[] bytes = json.writeValueAsString(unnumbered).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("digest fingerprint", e);
        }
    }
}
