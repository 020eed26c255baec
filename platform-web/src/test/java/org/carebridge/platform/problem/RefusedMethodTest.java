package org.carebridge.platform.problem;

import jakarta.ws.rs.NotAllowedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A method the address does not take is a 405 problem that still says which methods it does take. */
class RefusedMethodTest {

    @Test
    void a405KeepsItsAllowHeader() {
        var response = new ProblemMappers().web(new NotAllowedException("not here", "GET", new String[] {"HEAD"}));
        assertEquals(405, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertTrue(response.getHeaderString("Allow").contains("GET"), response.getHeaderString("Allow"));
    }
}
