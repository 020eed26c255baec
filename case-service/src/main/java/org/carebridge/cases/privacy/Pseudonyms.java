package org.carebridge.cases.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.cases.support.CaseSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The keyed pseudonym of a case that other services see instead of its id: HMAC-SHA256 of the case id with a
 * secret only case-service holds, so nobody outside can link a pseudonym back to a case or recompute it.
 */
@ApplicationScoped
public class Pseudonyms {

    static final String ALGORITHM = "HmacSHA256";
    /** A shorter key would make the HMAC guessable; refuse to start rather than publish weak pseudonyms. */
    static final int MIN_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    @Inject
    public Pseudonyms(CaseSettings.Pseudonym settings) {
        this(settings.secret());
    }

    Pseudonyms(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("carebridge.pseudonym.secret must be at least " + MIN_SECRET_BYTES
                    + " bytes long");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** @return lowercase hex of HMAC-SHA256(secret, caseId.toString()) */
    public String of(UUID caseId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // Mac is not thread-safe; a fresh one is cheap
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(caseId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
