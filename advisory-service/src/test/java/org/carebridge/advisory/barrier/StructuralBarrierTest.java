package org.carebridge.advisory.barrier;

import org.carebridge.advisory.vocabulary.Barrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every status change of a register entry, on the entity alone (no database, no server). */
class StructuralBarrierTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    static BarrierRequest request(BarrierStatus status, String owner) {
        return new BarrierRequest(" No school after 18 ", " Reception classes end at 18. ", Barrier.AGE_TRANSITION,
                status, owner);
    }

    static StructuralBarrier in(BarrierStatus status) {
        StructuralBarrier b = new StructuralBarrier();
        b.describe(request(status, null), "ada", T0);
        return b;
    }

    @Test
    void aNewEntryIsOpenAndOwnedByItsAuthorUnlessTheRequestSaysOtherwise() {
        StructuralBarrier b = in(null);
        assertEquals(BarrierStatus.OPEN, b.status());
        assertEquals("ada", b.owner());
        assertEquals("No school after 18", b.title);
        assertEquals(T0, b.updatedAt);

        StructuralBarrier addressed = new StructuralBarrier();
        addressed.describe(request(BarrierStatus.ADDRESSED, " bob "), "ada", T0);
        assertEquals(BarrierStatus.ADDRESSED, addressed.status());
        assertEquals("bob", addressed.owner());
    }

    @ParameterizedTest
    @EnumSource(BarrierStatus.class)
    void theGroupMayRestateAnyStatusFromAnyOther(BarrierStatus from) {
        for (BarrierStatus to : BarrierStatus.values()) {
            StructuralBarrier b = in(from);
            b.describe(request(to, null), "bob", T0.plusDays(1));
            assertEquals(to, b.status(), from + " -> " + to);
            assertEquals("ada", b.owner(), "an update without owner keeps the owner");
            assertEquals(T0.plusDays(1), b.updatedAt);
        }
    }

    @ParameterizedTest
    @EnumSource(BarrierStatus.class)
    void anUpdateWithoutStatusKeepsTheStatus(BarrierStatus status) {
        StructuralBarrier b = in(status);
        b.describe(request(null, null), "bob", T0.plusDays(1));
        assertEquals(status, b.status());
    }

    @Test
    void aSignalMovesAnOpenBarrierToSignalled() {
        StructuralBarrier b = in(BarrierStatus.OPEN);
        assertTrue(b.signalled());
        assertEquals(BarrierStatus.SIGNALLED, b.status());
    }

    @ParameterizedTest
    @EnumSource(value = BarrierStatus.class, names = {"SIGNALLED", "ADDRESSED", "CLOSED"})
    void aSignalLeavesABarrierFurtherAlongAsItIs(BarrierStatus status) {
        StructuralBarrier b = in(status);
        assertFalse(b.signalled());
        assertEquals(status, b.status());
    }
}
