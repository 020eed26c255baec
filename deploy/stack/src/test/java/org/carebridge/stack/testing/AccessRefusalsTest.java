package org.carebridge.stack.testing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessRefusalsTest {

    @Test
    void theForgedTokenIsTheOneTheAccessTestsUsedToSpellOut() {
        assertEquals("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
                        + "eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJicnVubyIsInJlYWxtX2FjY2VzcyI6eyJyb2xlcyI6WyJicmlkZ2UtY29vcmRpbmF0b3IiXX19."
                        + "c2lnbmF0dXJl",
                AccessRefusals.forged("bruno", "bridge-coordinator"));
    }
}
