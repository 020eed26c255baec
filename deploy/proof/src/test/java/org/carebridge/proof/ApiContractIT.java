package org.carebridge.proof;

import org.carebridge.stack.testing.ApiContract;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API contract of the proofs: every answer to the access matrix, the bad tokens and the bad-input campaign is
 * the one the answering service's OpenAPI document gives for that status. Runs after every other class of this JVM
 * (junit-platform.properties orders classes by {@code @Order}); run it with them. The check's own test (a planted
 * mismatch caught) is deploy/e2e's ApiContractIT and stack's ApiContractTest.
 */
@Order(Integer.MAX_VALUE)
class ApiContractIT {

    @Test
    void everyAnswerOfTheProofsMatchesTheDocuments() {
        ApiContract contract = ApiContract.of(ProofSystem.get().system);
        String report = contract.report(Path.of("target", "api-contract-proof.txt"));
        System.out.println(report);
        assertTrue(contract.checked() > 0, "no answer from the API was recorded: run this with the proofs");
        assertEquals(Map.of(), contract.mismatches(), report);
    }
}
