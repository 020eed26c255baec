package org.carebridge.proof;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The campaign's one tolerance (an empty 400 before the router) covers the raw backslash tricks and nothing else. */
class PathTricksTest {

    @Test
    void onlyRawBackslashesAreRefusedBeforeTheRouter() {
        List<PathTricks.Trick> tolerated = PathTricks.all().stream()
                .filter(trick -> PathTricks.refusedBeforeTheRouter(trick.path())).toList();
        assertFalse(tolerated.isEmpty());
        assertEquals(List.of("raw backslash"), tolerated.stream().map(PathTricks.Trick::kind).distinct().toList());
        assertTrue(PathTricks.all().stream().filter(trick -> trick.kind().equals("raw backslash"))
                .allMatch(trick -> PathTricks.refusedBeforeTheRouter(trick.path())));
    }

    @Test
    void theRuleIsJavaNetUriAsInQuarkusRootHandler() {
        assertTrue(PathTricks.refusedBeforeTheRouter("/api/cases/%zz"));
        assertTrue(PathTricks.refusedBeforeTheRouter("/api/cases/x%2"));
        assertFalse(PathTricks.refusedBeforeTheRouter("/api/cases/..%5c..%5cq/metrics"));
        assertFalse(PathTricks.refusedBeforeTheRouter("/api/cases/..;/..;/q/metrics"));
    }
}
