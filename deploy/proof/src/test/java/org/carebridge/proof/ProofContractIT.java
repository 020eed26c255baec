package org.carebridge.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.testing.ApiContract;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API contract of the proofs: every answer the access matrix, the bad-input campaign (path tricks included), the
 * audit proof and the governance walk got from the API matches the public OpenAPI document, the gateway's merge of
 * its own and the services' (status documented, problem+json of the documented shape, no undocumented member), and so does every request of
 * the world's set-up and the governance walk. Left out, each counted in the report: answers to a path or method no
 * document has, and requests refused before the router (ContractRecording). Runs after every other class of this
 * JVM (junit-platform.properties orders classes by {@code @Order}): run it with them.
 */
@Order(Integer.MAX_VALUE)
class ProofContractIT {

    private static final String FILTERED = "x-carebridge-filtered";

    @Test
    void everyAnswerOfTheProofsMatchesTheDocuments() {
        ApiContract contract = ApiContract.read(ProofSystem.get().system);
        List<ContractRecording.Recorded> recorded = ContractRecording.exchanges();
        recorded.forEach(r -> contract.check(r.exchange(), r.requestToo()));
        String report = contract.report(Path.of("target", "api-contract-proof.txt"));
        long requestsToo = recorded.stream().filter(ContractRecording.Recorded::requestToo).count();
        System.out.println("ProofContractIT: " + report + "\nProofContractIT: " + requestsToo
                + " of them with their request checked too; left out " + ContractRecording.leftOut());
        assertTrue(contract.checked() > 0, "no exchange with the API was recorded: run this with the proofs");
        assertEquals(Map.of(), contract.mismatches(), report);
    }

    /**
     * platform-web's ApiDocumentFilter ran to its end in every build: a filter that throws is dropped silently, and
     * its marker (ApiDocumentFilter.MARKER; platform-web stays off this classpath) with it.
     */
    @Test
    void everyDocumentWentThroughTheFilter() {
        ProofSystem.get().documents.forEach((service, document) -> assertTrue(
                document.doc().path("info").path(FILTERED).asBoolean(false),
                service + "'s document lacks " + FILTERED + ": its ApiDocumentFilter failed"));
    }

    /**
     * The check is not blind: a real refusal of the campaign's kind passes, and the same answer with an undocumented
     * status, without its title, with a member the problem schema lacks, or as plain JSON is a mismatch.
     */
    @Test
    void aPlantedMismatchIsCaught() {
        ProofSystem proof = ProofSystem.get();
        String url = proof.url("case-service") + "/api/cases?size=0";
        HttpCalls.Answer answer = HttpCalls.send("GET", url, World.token("anna"), null, null);
        assertEquals(400, answer.status(), answer.text());
        assertEquals("{}", refusalCheck(proof, 400, "application/problem+json", answer.text()), "the real answer");

        ObjectNode untitled = (ObjectNode) answer.json();
        untitled.remove("title");
        ObjectNode traced = ((ObjectNode) answer.json()).put("stackTrace", "at Foo.bar");
        Map<String, String> planted = Map.of(
                "validation.response.status.unknown", refusalCheck(proof, 418, "application/problem+json",
                        answer.text()),
                "title", refusalCheck(proof, 400, "application/problem+json", untitled.toString()),
                "stackTrace", refusalCheck(proof, 400, "application/problem+json", traced.toString()),
                "validation.response.contentType.notAllowed", refusalCheck(proof, 400, "application/json",
                        answer.text()));
        planted.forEach((expected, mismatches) -> assertTrue(mismatches.contains(expected), expected + " not caught: "
                + mismatches));
    }

    private static String refusalCheck(ProofSystem proof, int status, String type, String body) {
        ApiContract fresh = ApiContract.read(proof.system);
        fresh.check(refusal(status, type, body), false);
        return fresh.mismatches().toString();
    }

    private static ApiContract.Exchange refusal(int status, String type, String body) {
        return new ApiContract.Exchange("GET", "/api/cases", Map.of("size", List.of("0")), Map.of(), null, status,
                Map.of("Content-Type", List.of(type)), body);
    }
}
