package org.carebridge.proof;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The path and query an answer is checked under are the ones the service read. */
class ContractRecordingTest {

    @Test
    void dotSegmentsAndATrailingSlashAreTheParentResourceAsTheServerSeesIt() {
        assertEquals("/api/cases/1", ContractRecording.normalised("/api/cases/1/escalations/.."));
        assertEquals("/api/cases/1", ContractRecording.normalised("/api/cases/1/escalations/%2E%2e"));
        assertEquals("/api/cases/1/goals", ContractRecording.normalised("/api/cases/1/./goals/"));
        assertEquals("/api/cases/..%2f..", ContractRecording.normalised("/api/cases/%2e%2e%2f%2e%2e"));
        assertEquals("/api/cases/not-a-uuid", ContractRecording.normalised("/api/cases/not-a-uuid"));
    }

    @Test
    void theQueryIsDecodedAndWhatDoesNotDecodeStaysRaw() {
        assertEquals(Map.of("status", List.of("OPEN"), "q", List.of("a b", "c"), "x", List.of("%zz"),
                "flag", List.of("")), ContractRecording.query("status=OPEN&q=a+b&q=c&x=%zz&flag"));
    }
}
