package org.carebridge.cases.privacy;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PseudonymsTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";
    static final String OPENSSL_VALUE = "3b295510f47f9f0ca0aeb037450efc647abebf0d69295931119db1742bd6f409";

    @Test
    void isLowercaseHexHmacSha256OfTheCaseIdString() {
        // printf %s 00000000-0000-0000-0000-000000000001 | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        assertEquals(OPENSSL_VALUE, new Pseudonyms(SECRET).of(UUID.fromString("00000000-0000-0000-0000-000000000001")));
    }

    @Test
    void dependsOnTheSecret() {
        UUID caseId = UUID.randomUUID();
        assertEquals(new Pseudonyms(SECRET).of(caseId), new Pseudonyms(SECRET).of(caseId));
        assertNotEquals(new Pseudonyms(SECRET).of(caseId), new Pseudonyms(SECRET + "x").of(caseId));
    }

    @Test
    void refusesAShortSecret() {
        assertThrows(IllegalStateException.class, () -> new Pseudonyms("too-short"));
    }
}
