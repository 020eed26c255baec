package org.carebridge.platform.paging;

import org.carebridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void defaultsAndBounds() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 100), PageRequest.of("3", "100"));
        assertEquals("size", field(() -> PageRequest.of("0", "101")));
        assertEquals("size", field(() -> PageRequest.of("0", "0")));
        assertEquals("page", field(() -> PageRequest.of("-1", "5")));
        assertEquals("page", field(() -> PageRequest.of("1e3", "5")));
        assertEquals("size", field(() -> PageRequest.of("0", "99999999999")));
        assertEquals(new PageRequest(21474836, 100), PageRequest.of("21474836", "100"));
        assertEquals("page", field(() -> PageRequest.of("21474837", "100"))); // offset past an int
        assertEquals("page", field(() -> PageRequest.of(String.valueOf(Integer.MAX_VALUE), "20")));
    }

    private static String field(Runnable call) {
        return assertThrows(ProblemException.class, call::run).toProblem().errors().get(0).field();
    }
}
