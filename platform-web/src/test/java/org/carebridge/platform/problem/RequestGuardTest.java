package org.carebridge.platform.problem;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Strict percent-decoding: what a lenient decoder turns into U+FFFD (or "?") is refused instead. */
class RequestGuardTest {

    @Test
    void wellFormedUtf8Decodes() {
        assertEquals("/api/x y", RequestGuard.decode("/api/x%20y"));
        assertEquals("caf\u00e9 \ud83d\ude00", RequestGuard.decode("caf%C3%A9%20%F0%9F%98%80"));
        assertEquals("a+b", RequestGuard.decode("a+b"));
    }

    @Test
    void strayPercentSignsBadHexAndBytesThatAreNotUtf8AreRefused() {
        assertNull(RequestGuard.decode("%zz"));
        assertNull(RequestGuard.decode("abc%"));
        assertNull(RequestGuard.decode("%4"));
        assertNull(RequestGuard.decode("%ED%A0%80")); // a lone surrogate as CESU-8
        assertNull(RequestGuard.decode("%C3%28"));
        assertNull(RequestGuard.decode("%FF"));
    }

    @Test
    void headerSizeCountsNamesValuesAndSeparatorsAsOnTheWire() {
        assertEquals(("Host: x\r\n" + "Accept: */*\r\n").length(),
                RequestGuard.headerSize(MultiMap.caseInsensitiveMultiMap().add("Host", "x").add("Accept", "*/*")));
    }
}
