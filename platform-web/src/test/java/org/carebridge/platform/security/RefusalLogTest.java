package org.carebridge.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusal line cannot be forged or flooded through the path; the packaged system's proof reads the real lines. */
class RefusalLogTest {

    @Test
    void aPathWithLineBreaksOrJunkCannotForgeALogLine() {
        assertEquals("/api/cases/abc??access?refused??200?OK",
                RefusalLog.path("/api/cases/abc\r\naccess refused: 200 OK"));
        assertEquals("/api/cases/%C3%28", RefusalLog.path("/api/cases/%C3%28"));
        assertEquals("/api/x/??", RefusalLog.path("/api/x/\u00e9\""));
        assertTrue(RefusalLog.path("/api/" + "a".repeat(10_000)).length() < 210);
        assertEquals("?", RefusalLog.path(null));
    }
}
